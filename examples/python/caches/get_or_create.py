import gc
import weakref


class Texture:
    def __init__(self, name):
        self.name = name
        print("created", name)


# region main
_cache = weakref.WeakValueDictionary()


def get_texture(name):
    # One lookup; the local then keeps it alive.
    texture = _cache.get(name)
    if texture is None:
        texture = Texture(name)
        _cache[name] = texture
    return texture


first = get_texture("brick")
second = get_texture("brick")
print("shared:", first is second)
del first, second
gc.collect()
# Nobody used it any more, so it is created again.
third = get_texture("brick")
# endregion
