# gc.is_tracked on the values the gc documentation
# uses: whether the collector watches a dictionary
# depends on the version.
import gc
import sys

if not hasattr(gc, "is_tracked"):
    print("no gc.is_tracked on", sys.implementation.name)
    sys.exit()

# region main
print("0:", gc.is_tracked(0))
print('"a":', gc.is_tracked("a"))
print("[]:", gc.is_tracked([]))
print("{}:", gc.is_tracked({}))
print('{"a": 1}:', gc.is_tracked({"a": 1}))
print('{"a": []}:', gc.is_tracked({"a": []}))
# endregion
