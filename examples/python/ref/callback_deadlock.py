# A callback runs inside whatever code drops the
# last reference -- here, code that holds a lock.
# A callback that takes the same (non-reentrant)
# lock would wait forever; the timeout makes the
# hang visible instead.
import gc
import threading
import weakref

lock = threading.Lock()
registry = {}


class Session:
    pass


# region main
def forget(ref):
    # A plain acquire() would hang here.
    if lock.acquire(timeout=0.1):
        registry.pop(ref, None)
        lock.release()
    else:
        print("callback could not take the lock: deadlock")


session = Session()
registry[weakref.ref(session, forget)] = "alice"
holder = [session]
del session

with lock:
    holder.clear()  # the session dies in the lock
    gc.collect()
print("entries left:", len(registry))
# endregion
# mistake: region main
