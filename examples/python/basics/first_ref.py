import gc
import weakref


class Report:
    """Any instance of a user-defined class can be weakly referenced."""


# region main
report = Report()
ref = weakref.ref(report)  # does not keep `report` alive

print("alive:", ref() is report)  # calling the reference returns the object

del report    # drop the only strong reference
gc.collect()  # PyPy frees objects only when its collector runs; see the text
print("after collection:", ref())  # a dead reference returns None
# endregion
