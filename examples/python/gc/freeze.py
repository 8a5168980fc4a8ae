# gc.freeze moves every tracked object out of the
# collector's sight: a garbage cycle frozen with
# them is not collected.
import gc
import sys
import weakref

if not hasattr(gc, "freeze"):
    print("no gc.freeze on", sys.implementation.name)
    sys.exit()


class Node:
    pass


# region main
a, b = Node(), Node()
a.partner, b.partner = b, a
watch = weakref.ref(a, lambda ref: print("  callback ran"))
del a, b  # garbage, not collected yet

gc.freeze()
print("frozen objects:", gc.get_freeze_count() > 0)
gc.collect()
print("after collect():", "alive" if watch() else "freed")

gc.unfreeze()
print("frozen objects:", gc.get_freeze_count())
gc.collect()
print("after unfreeze and collect():", watch())
# endregion
