# A registry of listeners that does not keep them
# alive: a WeakSet. A listener used nowhere else
# drops out of the registry by itself.
import gc
import weakref


class Listener:
    def __init__(self, name):
        self.name = name

    def notify(self, event):
        print(f"{self.name} got {event}")


# region main
listeners = weakref.WeakSet()

logger = Listener("logger")
metrics = Listener("metrics")
listeners.add(logger)
listeners.add(metrics)


def publish(event):
    # Sorted: set order may vary between runs.
    for listener in sorted(listeners, key=lambda l: l.name):
        listener.notify(event)


publish("saved")
# The only strong reference: the registry does
# not keep it.
del metrics
gc.collect()
publish("closed")
# endregion
