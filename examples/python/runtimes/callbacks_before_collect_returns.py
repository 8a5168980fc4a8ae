# When gc.collect() frees an object, its
# weak-reference callback and its finalizer have
# run by the time gc.collect() returns, on PyPy as
# on CPython.
import gc
import weakref


class Box:
    pass


# region main
box = Box()
ref = weakref.ref(box, lambda r: print("ref callback"))
weakref.finalize(box, print, "finalizer")
# A cycle, so that CPython also waits for collect:
box.me = box
del box
print("before gc.collect()")
gc.collect()
print("gc.collect() returned")
# endregion
