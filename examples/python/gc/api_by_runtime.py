# Which parts of the gc module this interpreter
# has. CPython has the first eleven; PyPy's gc
# module is a different one.
import gc
import sys

# region main
names = [
    "collect", "get_threshold", "get_count", "callbacks",
    "set_debug", "garbage", "is_tracked", "is_finalized",
    "get_referents", "freeze", "get_freeze_count",
    "hooks", "collect_step",
]
print(sys.implementation.name)
for name in names:
    print(f"  gc.{name}:", "yes" if hasattr(gc, name) else "no")
# endregion
