# WeakValueDictionary.setdefault is Python code:
# it looks the key up and stores later, as two
# steps. Other code can run in between -- here
# the key's own __hash__ stands in for a second
# thread, so the interleaving is the same on
# every run.
import weakref


class Item:
    def __init__(self, owner):
        self.owner = owner


cache = weakref.WeakValueDictionary()


class Key(str):
    calls = 0

    def __hash__(self):
        Key.calls += 1
        # The lookup missed; no store yet.
        if Key.calls == 2:
            got = cache.setdefault("k", theirs)
            print("other caller got:", got.owner)
        return str.__hash__(self)


# region main
theirs = Item("theirs")
mine = Item("mine")

got = cache.setdefault(Key("k"), mine)
print("I got:", got.owner)
print("cache holds:", cache["k"].owner)
# endregion
# mistake: region main
