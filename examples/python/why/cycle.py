import gc
import weakref


class Node:
    pass


# region main
a, b = Node(), Node()
# Each keeps the other alive: no count hits zero.
a.partner, b.partner = b, a
weakref.finalize(a, print, "  cycle freed")

del a, b
print("after del: the cycle is unreachable,"
      " but still in memory")
# The cyclic collector finds unreachable groups
# and frees them.
gc.collect()
print("after gc.collect()")
# endregion
