# Entries may die while you iterate over a weak
# dictionary: an entry whose value died is
# skipped, and as long as the loop body does not
# touch the dictionary, no error is raised.
# (Reading in the loop: read_while_iterating.py)
import gc
import weakref


class Item:
    def __init__(self, name):
        self.name = name


# region main
owners = {name: Item(name) for name in "abc"}
items = weakref.WeakValueDictionary(owners)

# A value you hold is a strong reference.
for name, item in items.items():
    print("visiting", name)
    # Meanwhile, the only owner of "c" lets it go.
    owners.pop("c", None)
    gc.collect()

# The loop variable still holds the last value.
del item
print("left:", sorted(items))
# endregion
