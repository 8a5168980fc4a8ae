import weakref


# region main
class Point:
    __slots__ = ("x", "y")  # no __weakref__ slot


class WeakPoint:
    __slots__ = ("x", "y", "__weakref__")


for cls in (Point, WeakPoint):
    try:
        weakref.ref(cls())
        print(cls.__name__, "can be weakly referenced")
    except TypeError:
        print(cls.__name__,
              "cannot be weakly referenced: TypeError")
# endregion
# mistake: region main
