# A tree whose children point back to their parent through a weak reference, so the
# parent's lifetime is decided by its owners alone, not by its children.
import gc
import weakref


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        # None for the root, and None once the parent has been collected.
        return self._parent() if self._parent is not None else None


# region main
root = Node("root")
leaf = Node("leaf", parent=root)
print("leaf.parent:", leaf.parent.name)

del root      # the leaf's back-reference does not keep the root alive
gc.collect()
print("leaf.parent:", leaf.parent)
# endregion
