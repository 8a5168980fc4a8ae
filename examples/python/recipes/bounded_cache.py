import gc
import weakref
from collections import OrderedDict


class Page:
    def __init__(self, number):
        self.number = number


# region cache
class BoundedCache:
    """Weak for everything in use, strong for the `size` most recently used items."""

    def __init__(self, load, size):
        self._load = load
        self._size = size
        self._weak = weakref.WeakValueDictionary()
        self._recent = OrderedDict()  # strong references, most recent last

    def get(self, key):
        value = self._weak.get(key)
        if value is None:
            value = self._load(key)
            self._weak[key] = value
        self._recent[key] = value
        self._recent.move_to_end(key)
        if len(self._recent) > self._size:
            self._recent.popitem(last=False)  # forget the oldest strong reference
        return value
# endregion


# region use
def load(number):
    print("loading page", number)
    return Page(number)


cache = BoundedCache(load, size=2)
for number in [1, 2, 1, 3]:  # 1 stays recent; 2 is pushed out by 3
    cache.get(number)
gc.collect()

print("cached:", sorted(cache._weak))
in_use = cache.get(2)  # loaded again: nobody used it and it fell out of the recent set
cache.get(4)
cache.get(5)
gc.collect()
print("cached:", sorted(cache._weak), "| still in use:", in_use.number)
# endregion
