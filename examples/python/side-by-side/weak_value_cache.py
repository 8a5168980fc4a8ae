# The Python half of a pair; the TypeScript half:
# ../../ts/side-by-side/weak_value_cache.ts
import gc
import weakref


class Texture:
    def __init__(self, name):
        self.name = name
        print("loading", name)


# region main
# name -> texture; the values are held weakly
cache = weakref.WeakValueDictionary()


def get_texture(name):
    # One lookup; the local then keeps it alive.
    texture = cache.get(name)
    if texture is None:
        texture = Texture(name)
        cache[name] = texture
    return texture


first = get_texture("brick")
second = get_texture("brick")
print("shared:", first is second)

del first, second
gc.collect()
# The dead entry was removed:
print("entries:", len(cache))
# Nobody used it any more, so it loads again.
third = get_texture("brick")
# endregion
