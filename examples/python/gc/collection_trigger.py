# One call that makes 100 tracked tuples in
# C code: how many automatic collections start
# before it returns.
import gc
import sys

if not hasattr(gc, "callbacks"):
    print("no gc.callbacks on", sys.implementation.name)
    sys.exit()

started = []


def on_gc(phase, info):
    if phase == "start":
        started.append(info["generation"])


# region main
old = gc.get_threshold()
gc.collect()  # the counts start from zero
gc.set_threshold(10)  # after 10 new containers
gc.callbacks.append(on_gc)
try:
    pairs = list(zip(range(100), range(100)))
finally:
    gc.callbacks.remove(on_gc)
    gc.set_threshold(*old)
print("collections started:", len(started))
print("their generations:", started)
# endregion
