# The get-or-create cache again, but without
# gc.collect() after the caller lets go. Whether
# the object is still cached then depends on when
# the runtime frees it.
import weakref


class Texture:
    def __init__(self, name):
        self.name = name
        print("created", name)


_cache = weakref.WeakValueDictionary()


def get_texture(name):
    texture = _cache.get(name)
    if texture is None:
        texture = Texture(name)
        _cache[name] = texture
    return texture


# region main
texture = get_texture("brick")
# CPython frees it here; PyPy only when its
# collector runs.
del texture
# A miss on CPython, a hit on PyPy.
texture = get_texture("brick")
print("done")
# endregion
