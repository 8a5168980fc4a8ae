# At exit, finalize runs the remaining finalizers
# newest first; an error in one goes to
# sys.excepthook (not sys.unraisablehook, which
# reports errors of finalizers run by collection),
# and the others still run.
import sys
import weakref


def excepthook(kind, value, traceback):
    print("  excepthook:", kind.__name__, value)


def unraisablehook(info):
    print("  unraisablehook:", info.exc_value)


sys.excepthook = excepthook
sys.unraisablehook = unraisablehook


class Resource:
    pass


def close(name):
    print("close", name)


def fail(name):
    raise RuntimeError("cannot close " + name)


# region main
first, second, third = Resource(), Resource(), Resource()
weakref.finalize(first, close, "first")
weakref.finalize(second, fail, "second")
weakref.finalize(third, close, "third")
print("end of script")
# endregion
