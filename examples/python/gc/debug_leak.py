# gc.DEBUG_LEAK is three flags, one of them
# DEBUG_SAVEALL: it reports each object it finds
# on stderr and keeps it too.
import contextlib
import gc
import io
import sys

if not hasattr(gc, "DEBUG_LEAK"):
    print("no gc.DEBUG_LEAK on", sys.implementation.name)
    sys.exit()


class Node:
    pass


# region main
print("DEBUG_LEAK == COLLECTABLE | UNCOLLECTABLE | SAVEALL:",
      gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE
      | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)

gc.collect()
a, b = Node(), Node()
a.partner, b.partner = b, a
del a, b

report = io.StringIO()  # what it writes to stderr
gc.set_debug(gc.DEBUG_LEAK)
with contextlib.redirect_stderr(report):
    gc.collect()
gc.set_debug(0)

lines = report.getvalue().splitlines()
print("report lines for Node:",
      sum("<Node" in line for line in lines))
print("Node objects kept in gc.garbage:",
      sum(type(o) is Node for o in gc.garbage))
gc.garbage.clear()
# endregion
