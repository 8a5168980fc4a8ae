# weakref.ref() accepts a callback that cannot be
# called: nothing checks it when the reference is
# made (CPython 3.11 to 3.14, PyPy). The TypeError
# comes only when the object dies and the runtime
# calls the callback, and it goes to
# sys.unraisablehook, far from the mistake.
import gc
import sys
import weakref


class Session:
    pass


def report(info):
    error = info.exc_value
    print("  reported:", type(error).__name__, "-", error)


sys.unraisablehook = report

# region main
session = Session()
# A str, not a function:
r = weakref.ref(session, "cleanup")
print("weakref.ref accepted it:", r() is session)
print("when the object dies:")
del session
gc.collect()
print("the program goes on")
# endregion
