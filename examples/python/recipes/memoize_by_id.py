import gc
import weakref


class Point:
    """Compares by value: a poor key for per-object data."""

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


# region main
# Keyed by id(): identity, not equality. Each
# entry keeps a weak reference to its object, and
# a lookup checks it: an id can be reused by a new
# object before the old entry is gone (PyPy).
_labels = {}  # id(obj) -> (weak ref, label)


def _forget(key, ref):
    entry = _labels.get(key)
    # Is the entry still ours?
    if entry is not None and entry[0] is ref:
        del _labels[key]


def set_label(obj, label):
    key = id(obj)
    entry = _labels.get(key)
    if entry is not None and entry[0]() is obj:
        ref = entry[0]
    else:
        ref = weakref.ref(obj, lambda r: _forget(key, r))
    _labels[key] = (ref, label)


def get_label(obj):
    entry = _labels.get(id(obj))
    if entry is None or entry[0]() is not obj:
        return None  # no entry, or a dead one's
    return entry[1]


# Equal, but different objects:
p, q = Point(1, 2), Point(1, 2)
set_label(p, "p")
set_label(q, "q")
print(get_label(p), get_label(q))
del p, q
gc.collect()
print("entries left:", len(_labels))
# endregion
