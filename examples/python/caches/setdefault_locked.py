# setdefault under a lock, with the interleaving
# of setdefault_not_atomic.py: between the lookup
# and the store, the key's __hash__ stands in for
# a second thread that calls the same intern() for
# the same key. A real thread would block in
# `with lock:` while the first call holds the
# lock; the simulation checks lock.locked() and,
# if so, lets the other caller run only after the
# first call returns. The race runs twice: without
# the lock and with it. (No thread is started:
# Pyodide has none.)
import threading
import weakref


class Item:
    def __init__(self, owner):
        self.owner = owner


cache = weakref.WeakValueDictionary()
lock = threading.Lock()


class Key(str):
    calls = 0
    other_caller = None

    def __hash__(self):
        Key.calls += 1
        # The lookup missed; no store yet.
        if Key.calls == 2:
            Key.other_caller()
        return str.__hash__(self)


# region fix
def intern(key, item):
    with lock:  # every writer takes this lock
        return cache.setdefault(key, item)
# endregion


def intern_unlocked(key, item):
    return cache.setdefault(key, item)


# region race
def race(intern):
    cache.clear()
    Key.calls = 0
    mine, theirs = Item("mine"), Item("theirs")
    waiting = []

    def other_caller():  # a second thread, now
        if lock.locked():  # `with lock:` blocks
            print("  other caller: lock held, waits")
            waiting.append(theirs)
        else:
            got = intern("k", theirs)
            print("  other caller got:", got.owner)

    Key.other_caller = other_caller
    got = intern(Key("k"), mine)
    print("  I got:", got.owner)
    for item in waiting:  # the lock is free again
        got = intern("k", item)
        print("  other caller got:", got.owner)
    print("  cache holds:", cache["k"].owner)


print("without the lock:")
race(intern_unlocked)
print("with the lock:")
race(intern)
# endregion
