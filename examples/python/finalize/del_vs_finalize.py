import gc
import weakref


# region main
class WithDel:
    def __del__(self):
        # Runs when the object is collected;
        # `self` is available, so it can resurrect
        # the object by storing it somewhere.
        print("__del__ of", type(self).__name__)


class WithFinalize:
    def __init__(self):
        # The callback cannot see `self`: nothing
        # can resurrect the object.
        weakref.finalize(self, print,
                         "finalizer of WithFinalize")


a, b = WithDel(), WithFinalize()
a.partner, b.partner = b, a  # a reference cycle
del a, b
# Since Python 3.4, a cycle with __del__ is
# collected too.
gc.collect()
print("after the first collection")
gc.collect()
print("after the second collection")
# endregion
