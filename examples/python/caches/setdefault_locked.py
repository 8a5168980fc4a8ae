# setdefault under a lock, with the interleaving of
# setdefault_not_atomic.py: between the lookup and the store,
# the key's __hash__ stands in for a second thread that calls
# intern(). It finds the lock held; a real thread would wait
# there, so it runs after the first call returns.
# (No thread is started: Pyodide has none.)
import threading
import weakref


class Item:
    def __init__(self, owner):
        self.owner = owner


cache = weakref.WeakValueDictionary()
lock = threading.Lock()


class Key(str):
    calls = 0

    def __hash__(self):
        Key.calls += 1
        if Key.calls == 2:  # lookup missed, store not done
            if lock.acquire(blocking=False):
                lock.release()
                print("other caller: lock free, goes ahead")
            else:
                print("other caller: lock held, waits")
        return str.__hash__(self)


# region fix
def intern(key, item):
    with lock:  # lookup and store: one step
        return cache.setdefault(key, item)


theirs = Item("theirs")
mine = Item("mine")

got = intern(Key("k"), mine)
print("I got:", got.owner)
got = intern("k", theirs)  # the other caller, after waiting
print("other caller got:", got.owner)
print("cache holds:", cache["k"].owner)
# endregion
