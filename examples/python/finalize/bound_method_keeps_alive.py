import gc
import weakref


class Connection:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


# region main
wrong = Connection("wrong")
# The bound method holds `wrong` strongly, and
# the finalizer holds the method: the object can
# never be collected. The finalizer runs only at
# exit (the last line of output).
fin_wrong = weakref.finalize(wrong, wrong.close)

right = Connection("right")
# Pass the function and the data it needs, not
# the object.
fin_right = weakref.finalize(
    right, print, "closing", right.name)

del wrong, right
gc.collect()
print("wrong still alive:", fin_wrong.alive)
print("right still alive:", fin_right.alive)
# endregion
# mistake: region main
