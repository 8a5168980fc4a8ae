import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


# region main
# Keep the automatic collector from running at a
# random moment.
gc.disable()
parent, child = Node("parent"), Node("child")
parent.children.append(child)
# Strong in both directions: a reference cycle.
child.parent = parent

watch = weakref.ref(parent)
del parent, child
# Still alive: the cycle keeps itself.
print("after del:", watch() is not None)

gc.collect()  # the cyclic collector frees it
print("after gc.collect():", watch())
gc.enable()
# endregion
