# When the collector frees a cycle, it clears the
# weak references to the cycle's objects before
# any __del__ of the cycle runs: a __del__ that
# follows a weak reference to its partner finds it
# already dead.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        alive = self.partner_ref() is not None
        print(f"__del__ {self.name}: partner alive={alive}")


# region main
a, b = Node("a"), Node("b")
a.partner, b.partner = b, a  # a strong cycle
a.partner_ref, b.partner_ref = weakref.ref(b), weakref.ref(a)
del a, b
gc.collect()
# PyPy runs the 2nd __del__ one collection later.
gc.collect()
# endregion
