# An exception raised in a weakref callback cannot reach the code that dropped the object: it
# is reported as "unraisable". sys.unraisablehook lets the example capture it instead of stderr.
import gc
import sys
import weakref


class Session:
    pass


# region main
def report_unraisable(info):
    print("unraisable:", type(info.exc_value).__name__, info.exc_value)


sys.unraisablehook = report_unraisable  # default: print "Exception ignored in ..." to stderr


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
