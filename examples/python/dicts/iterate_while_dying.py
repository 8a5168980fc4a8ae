# Entries may die while you iterate over a weak dictionary. The dictionary is built for that:
# no error, and an entry whose value died is simply skipped.
import gc
import weakref


class Item:
    def __init__(self, name):
        self.name = name


# region main
owners = {name: Item(name) for name in "abc"}
items = weakref.WeakValueDictionary(owners)

for name, item in items.items():  # each value is a strong reference while you hold it
    print("visiting", name)
    owners.pop("c", None)  # meanwhile, the only owner of "c" lets it go
    gc.collect()

del item  # the loop variable still held the last value it was given
print("left:", sorted(items))
# endregion
