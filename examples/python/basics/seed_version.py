# The popular version of the first example: no
# gc.collect(). Its result depends on the
# interpreter: CPython frees the object at `del`,
# PyPy only when its collector runs.
import weakref


class Report:
    pass


report = Report()
ref = weakref.ref(report)
del report
print("after del:", ref())
# mistake: whole file
