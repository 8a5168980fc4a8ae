import gc
import weakref


# region bus
class EventBus:
    """Subscribers are held weakly: a bound method via WeakMethod, a function via ref."""

    def __init__(self):
        self._subscribers = {}  # event name -> list of weak references

    def subscribe(self, event, handler):
        refs = self._subscribers.setdefault(event, [])
        make = weakref.WeakMethod if hasattr(handler, "__self__") else weakref.ref
        refs.append(make(handler, refs.remove))  # the callback drops the dead entry

    def publish(self, event, payload):
        delivered = 0
        for ref in list(self._subscribers.get(event, [])):
            handler = ref()
            if handler is not None:
                handler(payload)
                delivered += 1
        return delivered

    def count(self, event):
        return len(self._subscribers.get(event, []))
# endregion


# region use
class Mailer:
    def on_signup(self, user):
        print("mailer: welcome", user)


def audit(user):
    print("audit: signup of", user)


bus = EventBus()
mailer = Mailer()
bus.subscribe("signup", mailer.on_signup)
bus.subscribe("signup", audit)
print("delivered:", bus.publish("signup", "ada"))

del mailer  # no unsubscribe needed
gc.collect()
print("subscribers left:", bus.count("signup"))
print("delivered:", bus.publish("signup", "grace"))
# endregion
