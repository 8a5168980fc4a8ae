# Several references to one object, each with its
# own callback: every callback that is still
# attached is called once, newest first.
import gc
import weakref


class Session:
    pass


# region main
calls = []
session = Session()
refs = [weakref.ref(session, lambda r, n=n: calls.append(n))
        for n in ("a", "b", "c")]
# No callback: just None afterwards.
plain = weakref.ref(session)

del refs[1]  # dies first: its callback never runs
del session
gc.collect()
print("callbacks that ran, in order:", calls)
print("plain() now:", plain())
# endregion
