# A WeakValueDictionary cache: it hands out the
# same object for a key while someone is using it,
# and forgets it as soon as nobody is.
import gc
import weakref


class Image:
    def __init__(self, path):
        self.path = path
        print("loading", path)


# region main
_cache = weakref.WeakValueDictionary()


def get_image(path):
    # A strong local reference, or None.
    image = _cache.get(path)
    if image is None:
        image = Image(path)
        _cache[path] = image
    # The caller's reference keeps it cached.
    return image


a = get_image("logo.png")
b = get_image("logo.png")
print("same object:", a is b)

del a, b
gc.collect()
print("cached paths:", list(_cache))
# Loaded again: the cache only deduplicates
# live objects.
c = get_image("logo.png")
# endregion
