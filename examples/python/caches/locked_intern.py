# Thread-safe interning: build the candidate
# outside the lock (it may be slow), then make
# "store mine unless one exists" one step under a
# lock. (Run here in a single thread: Pyodide, one
# of the checking runtimes, has no threads.)
import threading
import weakref


class Symbol:
    def __init__(self, name):
        self.name = name


# region main
_symbols = weakref.WeakValueDictionary()
_lock = threading.Lock()


def intern(name):
    candidate = Symbol(name)  # outside the lock
    with _lock:
        return _symbols.setdefault(name, candidate)


a = intern("x")
print("same object:", intern("x") is a)
# endregion
