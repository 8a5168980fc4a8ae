# The first line of the default report for an
# exception in __del__ and in a finalize callback
# run by collection. CPython 3.13 and older say
# "Exception ignored in:"; 3.14 names what it was
# calling. The hook below runs the default report
# into a string.
import contextlib
import gc
import io
import re
import sys
import weakref


class WithDel:
    def __del__(self):
        raise RuntimeError("from __del__")


class Plain:
    pass


def fail():
    raise RuntimeError("from finalize")


# region main
def first_line_of_default_report(info):
    report = io.StringIO()
    with contextlib.redirect_stderr(report):
        # Run the default report:
        sys.__unraisablehook__(info)
    line = report.getvalue().splitlines()[0]
    print(" ", re.sub(r" at 0x[0-9a-f]+", "", line))


sys.unraisablehook = first_line_of_default_report

print("__del__:")
a = WithDel()
del a
gc.collect()

print("finalize:")
b = Plain()
weakref.finalize(b, fail)
del b
gc.collect()
# endregion
