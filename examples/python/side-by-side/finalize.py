# The Python half of a pair; the TypeScript half:
# ../../ts/side-by-side/finalize.ts
import gc
import weakref


class TempFile:
    def __init__(self, path):
        self.path = path


def remove(path):
    print("removing", path)


# region main
report = TempFile("/tmp/report.csv")
# The cleanup gets the path, never the object
# itself: that would keep it alive.
weakref.finalize(report, remove, report.path)

keep = TempFile("/tmp/keep.csv")
cancel = weakref.finalize(keep, remove, keep.path)
# No cleanup for this one.
print("cancelled:", cancel.detach() is not None)

del report, keep
# The finalizer runs at once: at `del` on CPython,
# here on PyPy.
gc.collect()
print("done")
# endregion
