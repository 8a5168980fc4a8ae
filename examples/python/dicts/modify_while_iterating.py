# Adding entries while iterating over a weak dictionary: CPython 3.11 and PyPy raise
# RuntimeError, like a dict does; Python 3.14 iterates over a copy. A snapshot works on all.
import weakref


class Item:
    def __init__(self, name):
        self.name = name


def fresh():
    owners = [Item("a"), Item("b")]  # the strong references
    return owners, weakref.WeakValueDictionary({item.name: item for item in owners})


def add(owners, items, name):
    owners.append(Item(name))
    items[name] = owners[-1]


# region main
owners, items = fresh()
try:
    for name in items:
        add(owners, items, name + "2")  # grows the dictionary during iteration
    print("no error:", sorted(items))
except RuntimeError as error:
    print("RuntimeError:", error)

owners, items = fresh()
for name in list(items):  # a snapshot of the keys: safe everywhere
    add(owners, items, name + "2")
print("over a snapshot:", sorted(items))
# endregion
