import gc
import weakref


# region main
class Signal:
    """Calls receivers without keeping their objects alive."""

    def __init__(self):
        self._receivers = []

    def connect(self, method):
        ref = weakref.WeakMethod(method, self._receivers.remove)
        self._receivers.append(ref)

    def emit(self, *args):
        for ref in list(self._receivers):
            method = ref()
            if method is not None:
                method(*args)


class Logger:
    def __init__(self, name):
        self.name = name

    def on_saved(self, path):
        print(self.name, "saw", path)


saved = Signal()
audit, debug = Logger("audit"), Logger("debug")
saved.connect(audit.on_saved)
saved.connect(debug.on_saved)
saved.emit("a.txt")

del debug
# The WeakMethod's callback removes its entry.
gc.collect()
saved.emit("b.txt")
print("receivers:", len(saved._receivers))
# endregion
