# Adding entries while iterating over a weak
# dictionary: CPython 3.11 and PyPy raise
# RuntimeError, like a dict does; Python 3.14
# iterates over a copy. A snapshot works on all.
import weakref


class Item:
    def __init__(self, name):
        self.name = name


def fresh():
    # The strong references:
    owners = [Item("a"), Item("b")]
    by_name = {item.name: item for item in owners}
    return owners, weakref.WeakValueDictionary(by_name)


def add(owners, items, name):
    owners.append(Item(name))
    items[name] = owners[-1]


# region main
owners, items = fresh()
try:
    for name in items:
        # Grows the dictionary during iteration.
        add(owners, items, name + "2")
    print("no error:", sorted(items))
except RuntimeError as error:
    print("RuntimeError:", error)

owners, items = fresh()
# A snapshot of the keys: safe everywhere.
for name in list(items):
    add(owners, items, name + "2")
print("over a snapshot:", sorted(items))
# endregion
