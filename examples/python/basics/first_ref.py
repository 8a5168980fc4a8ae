import gc
import weakref


class Report:
    """A plain user-defined class supports weak references."""


# region main
report = Report()
# The reference does not keep `report` alive.
ref = weakref.ref(report)

# Calling the reference returns the object.
print("alive:", ref() is report)

del report  # drop the only strong reference
# PyPy frees objects only when its collector
# runs; see the text.
gc.collect()
# A dead reference returns None.
print("after collection:", ref())
# endregion
