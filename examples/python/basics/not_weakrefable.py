# Some built-in types cannot be weakly referenced
# at all; nor, on CPython, can a class whose
# __slots__ leave out __weakref__.
import weakref


class Point:
    __slots__ = ("x", "y")  # no '__weakref__'


# region main
for value in (42, "text", [1, 2], Point()):
    name = type(value).__name__
    try:
        weakref.ref(value)
        print(name + ": weak reference works")
    except TypeError:
        print(name + ": TypeError")
# endregion
