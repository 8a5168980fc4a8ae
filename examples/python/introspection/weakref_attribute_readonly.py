# __weakref__ is read-only, and a class whose __slots__ leave it
# out has none, whether or not weakref.ref() accepts it.
import weakref


class Node:
    pass


class Point:
    __slots__ = ("x", "y")


# region main
node = Node()
try:
    node.__weakref__ = weakref.ref(node)
except AttributeError as error:
    print("AttributeError:", error)

point = Point()
print("Point has __weakref__:", hasattr(point, "__weakref__"))
try:
    weakref.ref(point)
    print("weakref.ref(point) works")
except TypeError as error:
    print("TypeError:", error)
# endregion
