# Some built-in types cannot be weakly referenced at all.
import weakref

# region main
for value in (42, "text", [1, 2]):
    try:
        weakref.ref(value)
    except TypeError:
        print(type(value).__name__ + ": TypeError")
# endregion
