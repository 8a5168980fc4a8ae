import gc
import weakref


class Point:
    """Compares by value, so it is a poor key for per-object data."""

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


# region main
# Keyed by id(): identity, not equality. A finalizer removes the entry when the object
# dies, before its id can be reused by a new object.
_labels = {}


def set_label(obj, label):
    if id(obj) not in _labels:
        weakref.finalize(obj, _labels.pop, id(obj), None)
    _labels[id(obj)] = label


def get_label(obj):
    return _labels.get(id(obj))


p, q = Point(1, 2), Point(1, 2)  # equal, but different objects
set_label(p, "p")
set_label(q, "q")
print(get_label(p), get_label(q))
del p, q
gc.collect()
print("entries left:", len(_labels))
# endregion
