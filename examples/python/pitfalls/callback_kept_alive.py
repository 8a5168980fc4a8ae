# The fix for a weakref callback that never runs: keep the reference alive, or use finalize.
import gc
import weakref


class Session:
    pass


# region main
def on_death(dead_ref):
    print("callback ran")


session = Session()
keep = weakref.ref(session, on_death)  # stored for as long as we want the call

other = Session()
weakref.finalize(other, print, "finalizer ran")  # keeps itself alive

del session, other
gc.collect()
# endregion
