# What sys.unraisablehook receives for an
# exception in a weakref callback. Up to 3.13 (and
# on PyPy) info.object is the callback; 3.14 sets
# it to None and names the callback in
# info.err_msg instead (CPython gh-129354). A hook
# that filters on info.object stops recognising
# these reports on 3.14.
import gc
import sys
import weakref


class Session:
    pass


def on_death(ref):
    raise ValueError("cleanup failed")


# region main
def hook(info):
    print("object is the callback:", info.object is on_death)
    print("object is None:", info.object is None)
    print("err_msg is set:", info.err_msg is not None)


sys.unraisablehook = hook
session = Session()
r = weakref.ref(session, on_death)
del session
gc.collect()
# endregion
