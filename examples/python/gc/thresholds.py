# The default thresholds of the automatic
# collector, which differ between CPython
# versions, and the counts right after a full
# collection. PyPy has neither.
import gc
import sys

# region main
if hasattr(gc, "get_threshold"):
    print("gc.get_threshold():", gc.get_threshold())
    gc.collect()
    print("gc.get_count() after collect():", gc.get_count())
else:
    print("no gc.get_threshold on", sys.implementation.name)
# endregion
