# The article's get-then-create cache with two
# callers: while the first one loads an image, a
# second one asks for the same path. Here the
# loader stands in for the second thread, so the
# interleaving is the same on every run (and
# Pyodide needs no thread). Both miss, both load,
# and they get different objects for one key.
import weakref


class Image:
    def __init__(self, path):
        self.path = path


_cache = weakref.WeakValueDictionary()
arrived = False
second_caller = []


def load(path):
    global arrived
    print("loading", path)
    if not arrived:  # another thread asks now
        arrived = True
        second_caller.append(get_image(path))
    return Image(path)


# region main
def get_image(path):
    image = _cache.get(path)
    if image is None:
        # Slow: other threads run meanwhile.
        image = load(path)
        _cache[path] = image
    return image


first = get_image("logo.png")
second = second_caller[0]
print("same object:", first is second)
print("the cache holds the first:", _cache["logo.png"] is first)
# endregion
