# An exception raised in a weakref callback cannot
# reach the code that dropped the object: it is
# reported as "unraisable". sys.unraisablehook
# lets the example capture the report instead of
# printing it to stderr.
import gc
import sys
import weakref


class Session:
    pass


# region main
def report_unraisable(info):
    error = info.exc_value
    print("unraisable:", type(error).__name__, error)


# The default prints "Exception ignored in ..."
# to stderr.
sys.unraisablehook = report_unraisable


def on_death(dead_ref):
    raise ValueError("cleanup failed")


session = Session()
ref = weakref.ref(session, on_death)
try:
    del session
    gc.collect()
    print("no exception reached this code")
except ValueError:
    print("never printed")
# endregion
