# The interactive interpreter shows a result by
# calling sys.displayhook, which also stores the
# result in builtins._ -- a strong reference. This
# script calls the hook itself, as the interpreter
# would after you type `report` on its own line.
import builtins
import gc
import sys
import weakref


class Report:
    def __repr__(self):
        return "<Report>"


# region main
report = Report()
ref = weakref.ref(report)
# What typing `report` at a prompt does:
sys.displayhook(report)

del report
gc.collect()
# Still alive: builtins._ holds it.
print("after del:", ref())

# What the next echoed result would do:
builtins._ = None
gc.collect()
print("after _ changes:", ref())
# endregion
