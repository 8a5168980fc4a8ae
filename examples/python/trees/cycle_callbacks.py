import gc
import weakref


class Node:
    pass


# region main
a, b = Node(), Node()
a.other, b.other = b, a  # a cycle

# Weak references into cyclic garbage are cleared
# before the objects are freed, and their
# callbacks run (the refs themselves are not part
# of the garbage).
refs = [weakref.ref(a, lambda r: print("callback for a")),
        weakref.ref(b, lambda r: print("callback for b"))]
del a, b
gc.collect()
print("all cleared:", all(r() is None for r in refs))
# endregion
