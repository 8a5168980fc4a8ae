# When __new__ returns an instance of the class --
# a cached one too -- Python calls __init__ on it.
# An interning __new__ therefore sees __init__ run
# again on the shared instance.
import weakref


# region main
class Color:
    _instances = weakref.WeakValueDictionary()

    def __new__(cls, name):
        instance = cls._instances.get(name)
        if instance is None:
            instance = super().__new__(cls)
            cls._instances[name] = instance
        return instance

    def __init__(self, name):
        print("__init__ runs for", name)


red = Color("red")
again = Color("red")
print("same instance:", again is red)
# endregion
