import gc
import weakref


class Item:
    def __init__(self, name):
        self.name = name


# region main
items = weakref.WeakValueDictionary()
keep = [Item("a"), Item("b"), Item("c")]
for item in keep:
    items[item.name] = item

# Take a snapshot of strong references before doing work that may free objects:
# the list keeps every value alive until the loop is done.
for name, item in list(items.items()):
    keep.remove(item)  # the program drops its own reference while iterating
    gc.collect()
    print("visiting", name, "->", item.name)

del item  # the loop variable was the last strong reference
gc.collect()
print("left:", len(items))
# endregion
