# Why subclasses of int, bytes and tuple cannot be
# weakly referenced on CPython: their instances
# are variable-size (type.__itemsize__ is not 0),
# and CPython adds no __weakref__ slot to
# subclasses of such types -- not even when asked
# for one in __slots__. PyPy has neither the
# attribute nor the restriction.
import weakref


def weakrefable(cls):
    try:
        weakref.ref(cls())
        return "yes"
    except TypeError:
        return "no"


# region main
for base in (int, bytes, tuple, str, float, list):
    size = getattr(base, "__itemsize__", None)
    kind = "?" if size is None else (
        "variable" if size else "fixed")
    sub = type("Sub", (base,), {})
    slots = {"__slots__": ("__weakref__",)}
    try:
        asked = type("Asked", (base,), slots)
        with_slot = weakrefable(asked)
    except TypeError:
        with_slot = "refused"
    name = base.__name__
    line = f"{name:6} {kind:8} subclass: {weakrefable(sub)}"
    print(line, "| __weakref__ in __slots__:", with_slot)
# endregion
