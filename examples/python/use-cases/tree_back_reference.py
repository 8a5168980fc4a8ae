# A tree whose children point back to their parent
# through a weak reference, so the parent's
# lifetime is decided by its owners alone, not by
# its children.
import gc
import weakref


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = None
        if parent is not None:
            self._parent = weakref.ref(parent)
            parent.children.append(self)

    @property
    def parent(self):
        # None for the root ...
        if self._parent is None:
            return None
        # ... and None once the parent is gone.
        return self._parent()


# region main
root = Node("root")
leaf = Node("leaf", parent=root)
print("leaf.parent:", leaf.parent.name)

# The back-reference does not keep the root alive.
del root
gc.collect()
print("leaf.parent:", leaf.parent)
# endregion
