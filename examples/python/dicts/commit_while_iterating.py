# Up to Python 3.13, and on PyPy: besides the
# reads, more of a WeakValueDictionary's methods
# carry out the removals it postponed during a
# loop -- copy(), pop() of a missing key with a
# default, storing a value under a key that is
# already there -- so a loop in which an entry
# died fails at its next step. WeakKeyDictionary's
# methods leave the postponed removals alone.
# Python 3.14 instead loops over a copy and
# postpones nothing.
import gc
import operator
import weakref


class Item:
    pass


def by_name(owners):
    return weakref.WeakValueDictionary(owners)


def by_item(owners):
    return weakref.WeakKeyDictionary(
        {item: name for name, item in owners.items()})


# region main
CALLS = {
    "d.copy()": lambda d, k, v: d.copy(),
    "d.pop(missing, None)": lambda d, k, v: d.pop(Item(), None),
    "d[k] = v (again)": operator.setitem,
}
for make in (by_name, by_item):
    for label, call in CALLS.items():
        owners = {name: Item() for name in "abc"}
        d = make(owners)
        try:
            for k, v in d.items():
                # The third entry dies.
                owners.pop("c", None)
                gc.collect()
                call(d, k, v)  # changes no entry
            result = "no error"
        except RuntimeError as error:
            result = type(error).__name__
        kind = type(d).__name__.replace("ionary", "")
        print(f"{kind:13} {label:20} {result}")
# endregion
