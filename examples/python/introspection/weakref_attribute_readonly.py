# __weakref__ is a read-only attribute: the
# runtime manages the list behind it.
import weakref


class Node:
    pass


# region main
node = Node()
try:
    node.__weakref__ = weakref.ref(node)
except AttributeError as error:
    print("AttributeError:", error)
# endregion
