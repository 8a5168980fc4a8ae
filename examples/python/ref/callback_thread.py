# A callback runs in whichever thread drops the
# last reference (or runs the collection) -- not
# in the thread that created the weak reference.
# Pyodide has no threads: there the second half
# reports that instead.
import gc
import threading
import weakref


class Job:
    pass


def report(ref):
    print("callback ran in", threading.current_thread().name)


# region main
job = Job()
r = weakref.ref(job, report)  # in the main thread
jobs = [job]
del job


def worker():
    # The last strong reference goes here:
    jobs.clear()
    gc.collect()  # (PyPy frees it here)


try:
    t = threading.Thread(target=worker, name="worker")
    t.start()
    t.join()
except RuntimeError as error:  # on Pyodide
    print("RuntimeError:", error)
# endregion
