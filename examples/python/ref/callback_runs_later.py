# On PyPy a weak reference dies at a collection,
# but its callback only runs later: after a major
# collection, at the next point where the
# interpreter runs pending actions, in whichever
# thread gets there first. Here the main thread
# drops the object and a worker that only
# allocates ends up running the callback. CPython
# runs it at once, in the thread that drops the
# last reference. Pyodide cannot start threads.
import gc
import threading
import weakref


class Job:
    pass


ran_in = []


def report(ref):
    ran_in.append(threading.current_thread().name)


# region main
gc.collect()  # a clean start: nothing pending
job = Job()
r = weakref.ref(job, report)  # in the main thread
del job  # the last reference, in the main thread

# Allocate until the reference is dead.
for n in range(100_000):
    if r() is None:
        break
    junk = [n]
print("reference dead:", r() is None)
print("callback has run:", bool(ran_in))


# Unrelated code that only allocates:
def worker():
    keep = []
    while not ran_in and len(keep) < 1_000_000:
        keep.append([len(keep)])


try:
    t = threading.Thread(target=worker, name="worker")
    t.start()
    t.join()
except RuntimeError as error:  # on Pyodide
    print("no thread:", error)
print("callback ran in:", ran_in)
# endregion
