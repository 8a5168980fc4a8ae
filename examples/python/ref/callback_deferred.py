# The fix for callbacks that need a lock: let the
# callback only record what died, and do the real
# work later, outside any lock.
import gc
import threading
import weakref

lock = threading.Lock()
registry = {}
# list.append is safe to call in a callback.
dead = []


class Session:
    pass


# region main
def forget(ref):
    dead.append(ref)  # no lock taken here


def purge():
    with lock:
        while dead:
            registry.pop(dead.pop(), None)


session = Session()
registry[weakref.ref(session, forget)] = "alice"
holder = [session]
del session

with lock:
    holder.clear()
    gc.collect()
purge()
print("entries left:", len(registry))
# endregion
