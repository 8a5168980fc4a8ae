# obj.__weakref__ shows the head of the object's
# list of weak references, or None. Which one is
# the head is an implementation detail.
import weakref


class Node:
    pass


def on_death(ref):
    pass


# region main
node = Node()
print("no weak references yet:", node.__weakref__)

with_callback = weakref.ref(node, on_death)
print("head is the ref with a callback:",
      node.__weakref__ is with_callback)

# Without a callback, it goes to the front:
plain = weakref.ref(node)
print("head is the plain ref:", node.__weakref__ is plain)

other = Node()
only_proxy = weakref.proxy(other)
head = other.__weakref__
print("only a proxy, head is:", type(head).__name__)
# endregion
