# The same get-or-create, safe for threads: the
# lock makes "look up, create on a miss, store"
# one step, so two threads can never both create
# an object for the same key. (Run here in a
# single thread: one of the checking runtimes,
# Pyodide, has no threads.)
import threading
import weakref


class Texture:
    def __init__(self, name):
        self.name = name
        print("created", name)


# region main
_cache = weakref.WeakValueDictionary()
_lock = threading.Lock()


def get_texture(name):
    with _lock:
        texture = _cache.get(name)
        if texture is None:
            # Keep creation cheap or lock per key.
            texture = Texture(name)
            _cache[name] = texture
        return texture


first = get_texture("brick")
print("shared:", get_texture("brick") is first)
# endregion
