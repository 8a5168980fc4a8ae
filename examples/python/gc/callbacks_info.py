# gc.callbacks: what the collector tells a
# callback around one explicit collection.
import gc
import sys

if not hasattr(gc, "callbacks"):
    print("no gc.callbacks on", sys.implementation.name)
    sys.exit()


class Node:
    pass


# region main
def report(phase, info):
    print(phase, info)


gc.collect()
a, b = Node(), Node()
a.partner, b.partner = b, a  # a cycle of two
del a, b

gc.callbacks.append(report)
try:
    gc.collect()
finally:
    gc.callbacks.remove(report)
# endregion
