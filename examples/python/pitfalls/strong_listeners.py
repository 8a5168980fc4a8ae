# The fix for a lambda listener that vanishes: let
# the subscriber choose to be held strongly.
import gc
import weakref


# region main
listeners = []


def subscribe(func, *, weak=True):
    # weak=False: the registry owns the function
    # (for lambdas and closures).
    ref = weakref.ref(func) if weak else (lambda: func)
    listeners.append(ref)


def publish(message):
    for ref in listeners:
        func = ref()
        if func is not None:
            func(message)


subscribe(lambda message: print("lambda got", message),
          weak=False)
gc.collect()
# The strongly held lambda is still there:
publish("hello")
# endregion
