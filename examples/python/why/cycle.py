import gc
import weakref


class Node:
    pass


# region main
a, b = Node(), Node()
a.partner, b.partner = b, a  # each keeps the other alive: counts never reach zero
weakref.finalize(a, print, "  cycle freed")

del a, b
print("after del: the cycle is unreachable, but still in memory")
gc.collect()  # the cyclic collector finds unreachable groups and frees them
print("after gc.collect()")
# endregion
