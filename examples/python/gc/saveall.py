# gc.DEBUG_SAVEALL: the collector still clears
# weak references and runs their callbacks, then
# keeps the objects in gc.garbage.
import gc
import sys
import weakref

if not hasattr(gc, "set_debug"):
    print("no gc.set_debug on", sys.implementation.name)
    sys.exit()


class Node:
    pass


# region main
a, b = Node(), Node()
a.partner, b.partner = b, a
watch = weakref.ref(a, lambda ref: print("  callback ran"))
weakref.finalize(b, print, "  finalizer ran")
gc.collect()

gc.set_debug(gc.DEBUG_SAVEALL)
del a, b
print("collecting the cycle:")
gc.collect()
kept = [o for o in gc.garbage if type(o) is Node]
print("Node objects kept in gc.garbage:", len(kept))
print("weak reference:", watch())

gc.set_debug(0)
gc.garbage.clear()
del kept
# endregion
