import gc
import weakref


# region tree
class TreeNode:
    def __init__(self, name):
        self.name = name
        # Strong: a node owns its children.
        self.children = []
        # Weak: a child does not own its parent.
        self._parent = None

    @property
    def parent(self):
        if self._parent is None:
            return None
        return self._parent()

    def add(self, child):
        if child.parent is not None:
            child.parent.remove(child)
        child._parent = weakref.ref(self)
        self.children.append(child)
        return child

    def remove(self, child):
        self.children.remove(child)
        child._parent = None

    def path(self):
        node, names = self, []
        while node is not None:
            names.append(node.name)
            node = node.parent
        return "/".join(reversed(names))
# endregion


# region use
root = TreeNode("root")
docs = root.add(TreeNode("docs"))
guide = docs.add(TreeNode("guide"))
print(guide.path())

other = TreeNode("other")
other.add(docs)  # moving a subtree re-parents it
print(guide.path(), "| root children:", len(root.children))

# The detached subtree's old owner is gone.
del other
gc.collect()
print("docs.parent:", docs.parent, "| path:", guide.path())
# endregion
