# The first line of the report Python prints for
# an exception in a weakref callback. It depends
# on the version and on what freed the object:
# since 3.14, reference counting says "while
# calling" and the cyclic collector "on calling";
# 3.13 and older say "Exception ignored in:" with
# the callback, and PyPy adds "weakref callback".
# The hook runs the default report into a string,
# so nothing reaches stderr.
import contextlib
import gc
import io
import re
import sys
import weakref


class Session:
    pass


# region main
def first_line_of_default_report(info):
    report = io.StringIO()
    with contextlib.redirect_stderr(report):
        # Run the default report:
        sys.__unraisablehook__(info)
    line = report.getvalue().splitlines()[0]
    print(" ", re.sub(r" at 0x[0-9a-f]+", "", line))


sys.unraisablehook = first_line_of_default_report


def on_death(ref):
    raise ValueError("cleanup failed")


session = Session()
r1 = weakref.ref(session, on_death)
print("object outside a cycle:")
del session
gc.collect()

session = Session()
# A cycle: only the collector frees it.
session.me = session
r2 = weakref.ref(session, on_death)
print("object in a cycle:")
del session
gc.collect()
# endregion
