# WeakMethod equality compares the two instances
# with ==, not with `is`. For receivers that
# define __eq__, disconnecting one of two equal
# receivers can remove the other.
import weakref


class Logger:
    """A value object: Loggers of one level are equal."""

    def __init__(self, name, level):
        self.name = name
        self.level = level

    def __eq__(self, other):
        return (isinstance(other, Logger)
                and other.level == self.level)

    def __hash__(self):
        return hash(self.level)

    def on_saved(self, path):
        print(self.name, "saw", path)


# region main
audit = Logger("audit", "info")
debug = Logger("debug", "info")  # equal to audit
a = weakref.WeakMethod(audit.on_saved)
d = weakref.WeakMethod(debug.on_saved)
print("a == d:", a == d,
      "| same hash:", hash(a) == hash(d))

receivers = [a, d]
to_remove = weakref.WeakMethod(debug.on_saved)
receivers.remove(to_remove)
print("after removing debug:",
      [r().__self__.name for r in receivers])
# endregion

# region fix
def disconnect(receivers, method):
    """Remove the receiver of this instance and function."""
    obj, func = method.__self__, method.__func__
    for i, r in enumerate(receivers):
        bound = r()
        if (bound is not None
                and bound.__self__ is obj
                and bound.__func__ is func):
            del receivers[i]  # remove() uses ==
            return


receivers = [a, d]
disconnect(receivers, debug.on_saved)
print("after disconnect(debug):",
      [r().__self__.name for r in receivers])
# endregion
# mistake: region main
