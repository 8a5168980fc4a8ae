# The fix for a __slots__ class that must be
# weakly referenced: name '__weakref__' among the
# slots. The instances still have no __dict__, and
# weakref.ref works on CPython as on PyPy.
import gc
import weakref


# region fix
class Point:
    __slots__ = ("x", "y", "__weakref__")

    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
r = weakref.ref(p)
print("weakref.ref works:", r() is p)
print("still no __dict__:", not hasattr(p, "__dict__"))
del p
gc.collect()
print("dead after collection:", r() is None)
# endregion
