# The id_reuse.py experiment with the fix of
# memoize_by_id.py: each entry keeps a weak
# reference to its object, a lookup checks it, and
# a callback removes only its own entry. On PyPy a
# new object still finds a dead object's entry at
# its id; the check refuses it, on every runtime.
# check: timeout=30
import weakref


class Point:
    pass


# region fix
labels = {}  # id(obj) -> (weak ref, label)


def forget(key, ref):
    entry = labels.get(key)
    # Is the entry still ours?
    if entry is not None and entry[0] is ref:
        del labels[key]


def get_label(obj):
    entry = labels.get(id(obj))
    if entry is None or entry[0]() is not obj:
        return None  # no entry, or a dead one's
    return entry[1]


found = returned = 0
for _ in range(40):
    points = [Point() for _ in range(1000)]
    for point in points:
        # A dead one's entry at this id?
        found += id(point) in labels
        returned += get_label(point) is not None
        key = id(point)
        ref = weakref.ref(point, lambda r, k=key: forget(k, r))
        labels[key] = (ref, "label")
    del points, point
print("new object found a dead one's entry:", found > 0)
print("get_label returned a dead one's label:", returned > 0)
# endregion
