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
# created in the main thread
r = weakref.ref(job, report)
# the main thread drops the last reference
del job

# allocate until the reference is dead
for n in range(100_000):
    if r() is None:
        break
    junk = [n]
print("reference dead:", r() is None)
print("callback has run:", bool(ran_in))


# unrelated code that only allocates
def worker():
    keep = []
    while not ran_in and len(keep) < 1_000_000:
        keep.append([len(keep)])


try:
    t = threading.Thread(target=worker, name="worker")
    t.start()
    t.join()
# Pyodide: no threads
except RuntimeError as error:
    print("no thread:", error)
print("callback ran in:", ran_in)
# endregion
