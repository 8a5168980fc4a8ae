# The fix for reading a WeakValueDictionary inside
# a loop over it: loop over a snapshot, a plain
# list that nothing done to the dictionary can
# disturb. A snapshot of the items holds every
# value until the loop ends; a snapshot of the
# keys holds none, so look each value up and skip
# the ones that died meanwhile.
import gc
import weakref


class Item:
    def __init__(self, name):
        self.name = name


# region main
owners = {name: Item(name) for name in "abc"}
d = weakref.WeakValueDictionary(owners)

# region items
# snapshot of the pairs
for name, item in list(d.items()):
    # c's owner lets it go...
    owners.pop("c", None)
    # ...but the snapshot still holds it
    gc.collect()
    print("visiting", name, "| len(d):", len(d))
del item  # the loop variable held the last value
gc.collect()
print("after the loop, len(d):", len(d))
# endregion

print()
owners = {name: Item(name) for name in "abc"}
d = weakref.WeakValueDictionary(owners)

# region keys
for name in list(d):  # snapshot of the keys
    item = d.get(name)
    if item is None:
        print("skipping", name, "(died since the snapshot)")
        continue
    # c dies during the loop
    owners.pop("c", None)
    gc.collect()
    print("visiting", name, "| len(d):", len(d))
del item
# endregion
# endregion
