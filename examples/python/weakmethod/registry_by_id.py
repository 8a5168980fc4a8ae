# A registry keyed by WeakMethod collapses equal
# receivers (and WeakMethod hashes like its
# receiver). Keyed by id(receiver) alone, it
# collapses two methods of one receiver. Key by
# (id(receiver), function), and on lookup check
# that the entry still points at this very
# receiver: an id can be reused by a new object
# before the dead one's callback has run (PyPy).
import gc
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
        pass

    def on_closed(self):
        pass


audit = Logger("audit", "info")
debug = Logger("debug", "info")  # equal to audit

# region mistake
by_method = {}
for m in (audit.on_saved, debug.on_saved,
          audit.on_closed):
    by_method[weakref.WeakMethod(m)] = m.__func__
print("3 methods, keyed by WeakMethod:",
      len(by_method))

by_id = {}
for m in (audit.on_saved, debug.on_saved,
          audit.on_closed):
    by_id[id(m.__self__)] = m.__func__
print("3 methods, keyed by id(receiver):",
      len(by_id))
# endregion

# region fix
# (id(receiver), function) -> WeakMethod
registry = {}


def connect(method):
    key = (id(method.__self__), method.__func__)

    def forget(wm):
        # Still our entry?
        if registry.get(key) is wm:
            del registry[key]

    ref = weakref.WeakMethod(method, forget)
    registry[key] = ref


def is_connected(method):
    key = (id(method.__self__), method.__func__)
    wm = registry.get(key)
    bound = wm() if wm is not None else None
    return (bound is not None
            and bound.__self__ is method.__self__)


for m in (audit.on_saved, debug.on_saved,
          audit.on_closed):
    connect(m)
print("3 methods, keyed by (id, function):",
      len(registry))
print("debug.on_saved:",
      is_connected(debug.on_saved))
print("debug.on_closed:",
      is_connected(debug.on_closed))
del debug
gc.collect()
print("after del debug:", len(registry),
      "entries")
# endregion
# The last receiver goes too (`m` still held one
# of its methods), so no callback is left to run
# at shutdown.
del audit, m
gc.collect()
print("after del audit:", len(registry), "entries")
# mistake: region mistake
