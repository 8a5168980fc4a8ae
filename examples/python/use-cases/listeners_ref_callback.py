# A listener registry built on weakref.ref
# callbacks: each reference removes itself from
# the registry when its listener dies, and the
# registry can react to that.
import gc
import weakref


class Listener:
    def __init__(self, name):
        self.name = name

    def notify(self, event):
        print(f"  {self.name} got {event}")


# region main
class Registry:
    def __init__(self):
        self._refs = []

    def add(self, listener):
        self._refs.append(weakref.ref(listener, self._forget))

    # Gets the reference, after its listener died.
    def _forget(self, dead_ref):
        self._refs.remove(dead_ref)
        print("  a listener went away; listeners left:",
              len(self._refs))

    def publish(self, event):
        # A copy: a callback may shrink the list.
        for ref in list(self._refs):
            listener = ref()
            if listener is not None:
                listener.notify(event)


registry = Registry()
logger, metrics = Listener("logger"), Listener("metrics")
registry.add(logger)
registry.add(metrics)
registry.publish("saved")
del metrics
gc.collect()
registry.publish("closed")
del logger
gc.collect()
# endregion
