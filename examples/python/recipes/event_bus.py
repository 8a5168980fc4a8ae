import gc
import types
import weakref


# region bus
class EventBus:
    """Holds subscribers weakly: bound methods of Python
    functions via WeakMethod, functions via weakref.ref."""

    def __init__(self):
        # event -> list of weak refs
        self._refs = {}

    def subscribe(self, event, handler):
        owner = getattr(handler, "__self__", None)
        builtin = type(owner) is types.ModuleType
        if isinstance(handler, types.MethodType):
            # On PyPy, [].append is one too, and
            # WeakMethod raises here.
            make = weakref.WeakMethod
        elif owner is None or builtin:
            # functions, and built-ins like print
            make = weakref.ref
        else:
            # [].append on CPython: a ref to it
            # dies at once
            raise TypeError(
                "cannot hold a built-in method")
        refs = self._refs.setdefault(event, [])
        # the callback drops the dead entry
        refs.append(make(handler, refs.remove))

    def publish(self, event, payload):
        delivered = 0
        refs = self._refs.get(event, [])
        for ref in list(refs):
            handler = ref()
            if handler is not None:
                handler(payload)
                delivered += 1
        return delivered

    def count(self, event):
        return len(self._refs.get(event, []))
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
print("delivered:",
      bus.publish("signup", "grace"))
# endregion

# region builtins
# print has a __self__ but no __func__: WeakMethod
# would refuse it. A built-in function lives in
# its module: a ref works.
print("print: __self__",
      hasattr(print, "__self__"),
      "| __func__", hasattr(print, "__func__"))
bus.subscribe("login", print)
gc.collect()
print("delivered:", bus.publish("login", "ada"))
# A list's method cannot be held weakly at all.
seen = []
try:
    bus.subscribe("login", seen.append)
except TypeError:
    print("TypeError: seen.append is refused")
print("login subscribers:", bus.count("login"))
# endregion
