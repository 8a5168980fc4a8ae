import gc
import weakref


# region main
class Color:
    """One instance per distinct value, shared while in use."""

    _instances = weakref.WeakValueDictionary()

    def __new__(cls, name):
        key = name.lower()
        # Strong local: cannot vanish below.
        instance = cls._instances.get(key)
        if instance is None:
            instance = super().__new__(cls)
            instance.name = key
            cls._instances[key] = instance
        return instance


red = Color("red")
print("same instance:", Color("RED") is red)
print("live colors:", sorted(Color._instances))

del red
gc.collect()
print("live colors after release:", sorted(Color._instances))
# endregion
