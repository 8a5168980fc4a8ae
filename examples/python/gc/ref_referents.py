# What the collector sees inside a weak reference:
# its callback, never its referent.
import gc
import weakref


class Node:
    pass


def on_death(ref):
    pass


# region main
node = Node()
watch = weakref.ref(node, on_death)
inside = gc.get_referents(watch)
print("referents hold the callback:", on_death in inside)
print("referents hold the object:",
      any(o is node for o in inside))
if hasattr(gc, "is_tracked"):
    print("the ref is tracked:", gc.is_tracked(watch))
# endregion
