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
# Loop over a snapshot of the pairs.
for name, item in list(d.items()):
    owners.pop("c", None)  # c's owner drops it...
    gc.collect()  # ...but the snapshot holds it
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
    owners.pop("c", None)  # c dies now
    gc.collect()
    print("visiting", name, "| len(d):", len(d))
del item
# endregion
# endregion
