# WeakMethod accepts only bound methods: on
# CPython, of Python functions; on PyPy, built-in
# methods count too, where their object can be
# weakly referenced. For plain functions, use
# weakref.ref -- and a lambda or nested function
# may have no reference but yours.
import gc
import weakref


def log(event):
    print("log:", event)


# region main
not_methods = {
    "a function": log,
    "a built-in function": len,
    "a list's built-in method": [].append,
    "a set's built-in method": set().add,
}
for label, candidate in not_methods.items():
    try:
        weakref.WeakMethod(candidate)
        print("accepted:", label)
    except TypeError:
        print("TypeError for", label)


def weak_callable(func):
    """A weak reference to a function or a bound method."""
    if hasattr(func, "__self__") and hasattr(func, "__func__"):
        return weakref.WeakMethod(func)
    return weakref.ref(func)


# A module-level function lives with its module:
by_module = weak_callable(log)
by_lambda = weak_callable(lambda event: print("lambda:", event))
gc.collect()
print("function still there:", by_module() is log)
print("lambda already gone:", by_lambda() is None)
# endregion
