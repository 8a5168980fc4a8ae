# range, bool and NoneType cannot be weakly
# referenced, and they cannot be subclassed
# either, so a subclass is no way out.
import weakref

# region main
for value in (range(3), True, None):
    name = type(value).__name__
    try:
        weakref.ref(value)
        print(name, "| weakref: yes", end=" ")
    except TypeError:
        print(name, "| weakref: no", end=" ")
    try:
        type("Sub", (type(value),), {})
        print("| subclass: allowed")
    except TypeError:
        print("| subclass: TypeError")
# endregion
