import gc
import weakref


class Node:
    pass


class Info:
    def __init__(self, node):
        # A strong reference back to the key:
        self.node = node


# region main
# region mistake
info = weakref.WeakKeyDictionary()

node = Node()
# The value refers to its own key.
info[node] = Info(node)
del node
gc.collect()
# 1: the dictionary holds the value, the value
# holds the key.
print("entries:", len(info))
# endregion

# region fix
# Fix: keep the back-link weak too (or do not
# store it at all).
class WeakInfo:
    def __init__(self, node):
        self.node = weakref.ref(node)


info.clear()
node = Node()
info[node] = WeakInfo(node)
del node
gc.collect()
print("entries with a weak back-link:", len(info))
# endregion
# endregion
# mistake: region mistake
