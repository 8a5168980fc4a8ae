import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


# region main
gc.disable()  # so the automatic collector cannot run at a random moment
parent, child = Node("parent"), Node("child")
parent.children.append(child)
child.parent = parent  # strong in both directions: a reference cycle

watch = weakref.ref(parent)
del parent, child
print("after del:", watch() is not None)  # still alive: the cycle keeps itself

gc.collect()  # the cyclic collector finds and frees it
print("after gc.collect():", watch())
gc.enable()
# endregion
