# The interactive interpreter shows a result by calling
# sys.displayhook, which also stores the result in builtins._ --
# a strong reference. This script calls the hook itself, as the
# interpreter would after you type `report` on its own line.
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
sys.displayhook(report)  # what typing `report` at a prompt does

del report
gc.collect()
print("after del:", ref())  # still alive: builtins._ holds it

builtins._ = None  # what the next echoed result would do
gc.collect()
print("after _ changes:", ref())
# endregion
