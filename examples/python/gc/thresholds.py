# The default thresholds of the automatic collector, which
# differ between CPython versions. PyPy has no thresholds.
import gc
import sys

# region main
if hasattr(gc, "get_threshold"):
    print("gc.get_threshold():", gc.get_threshold())
else:
    print("no gc.get_threshold on", sys.implementation.name)
# endregion
