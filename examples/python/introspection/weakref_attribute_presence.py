# Having a __weakref__ attribute and accepting
# weak references are two different things, and
# the runtimes disagree on both.
import weakref


def handler():
    pass


class Point:
    __slots__ = ("x", "y")  # no __weakref__ slot


# region main
def check(label, obj):
    try:
        weakref.ref(obj)
        accepted = "yes"
    except TypeError:
        accepted = "no"
    has = hasattr(obj, "__weakref__")
    print(f"{label}: has __weakref__: {has}",
          f"| weakref.ref: {accepted}")


check("function", handler)
check("__slots__ instance", Point())
# endregion
