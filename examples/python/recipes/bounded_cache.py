import gc
import weakref
from collections import OrderedDict


class Page:
    def __init__(self, number):
        self.number = number


# region cache
class BoundedCache:
    """Weak for all in use, strong for the `size` last used."""

    def __init__(self, load, size):
        self._load = load
        self._size = size
        self._weak = weakref.WeakValueDictionary()
        # Strong references, most recent last.
        self._recent = OrderedDict()

    def get(self, key):
        value = self._weak.get(key)
        if value is None:
            value = self._load(key)
            self._weak[key] = value
        self._recent[key] = value
        self._recent.move_to_end(key)
        if len(self._recent) > self._size:
            # Forget the oldest strong reference.
            self._recent.popitem(last=False)
        return value
# endregion


# region use
def load(number):
    print("loading page", number)
    return Page(number)


cache = BoundedCache(load, size=2)
# 1 stays recent; 2 is pushed out by 3.
for number in [1, 2, 1, 3]:
    cache.get(number)
gc.collect()

print("cached:", sorted(cache._weak))
# Loaded again: nobody used it, and it left the
# recent set.
in_use = cache.get(2)
cache.get(4)
cache.get(5)
gc.collect()
print("cached:", sorted(cache._weak),
      "| still in use:", in_use.number)
# endregion
