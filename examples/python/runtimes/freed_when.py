# When is an object freed? The one example whose
# output is meant to differ: CPython (and Pyodide,
# which is CPython) free at the last `del`; PyPy
# when its GC runs.
import gc
import weakref


class Big:
    pass


# region main
obj = Big()
ref = weakref.ref(obj)
del obj
print("right after del, dead:", ref() is None)
gc.collect()
print("after gc.collect(), dead:", ref() is None)
# endregion
