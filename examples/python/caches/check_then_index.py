import gc
import weakref


class Texture:
    def __init__(self, name):
        self.name = name


cache = weakref.WeakValueDictionary()
owner = {"brick": Texture("brick")}
cache["brick"] = owner["brick"]


# region main
def get_texture_broken(name):
    if name in cache:  # true now ...
        simulate_other_code_dropping(name)
        # ... but it can be gone when we index.
        return cache[name]
    return None


def simulate_other_code_dropping(name):
    # Stands for anything that runs in between:
    # another thread, a callback, a GC pass.
    del owner[name]
    gc.collect()


try:
    get_texture_broken("brick")
except KeyError as error:
    print("KeyError:", error)
# endregion
# mistake: region main
