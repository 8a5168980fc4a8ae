# callbacks_before_collect_returns.py's object,
# now with a __del__ method. CPython runs __del__,
# the finalizer and the ref callback inside one
# gc.collect(). PyPy runs __del__ and clears the
# weak reference in the first collection, but runs
# the callback and the finalizer only in the next
# one: a dead weak reference does not mean its
# callback has run.
import gc
import weakref


class Box:
    def __del__(self):
        print("__del__")


# region main
box = Box()
ref = weakref.ref(box, lambda r: print("ref callback"))
fin = weakref.finalize(box, print, "finalizer")
# A cycle, so that CPython also waits for collect:
box.me = box
del box
gc.collect()
print("1st collect returned; ref dead:", ref() is None,
      "| finalizer pending:", fin.alive)
gc.collect()
print("2nd collect returned; finalizer pending:", fin.alive)
# endregion
