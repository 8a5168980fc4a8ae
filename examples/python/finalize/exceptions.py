# Exceptions in __del__ and in finalizers cannot
# reach your code: both are reported as
# "unraisable" (printed to stderr by default) and
# the program goes on.
import gc
import sys
import weakref


def report_unraisable(info):
    print("  unraisable:", repr(info.exc_value))


sys.unraisablehook = report_unraisable


def fail(message):
    raise RuntimeError(message)


# region main
class WithDel:
    def __del__(self):
        fail("from __del__")


class Plain:
    pass


a = WithDel()
b = Plain()
weakref.finalize(b, fail, "from finalize")

del a, b
gc.collect()
print("the program continues")
# endregion
