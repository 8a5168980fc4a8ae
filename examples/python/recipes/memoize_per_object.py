import gc
import weakref


class Matrix:
    def __init__(self, rows):
        self.rows = rows


# region main
def memoize_per_object(func):
    """Cache func(obj) per object, for as long as it lives."""
    results = weakref.WeakKeyDictionary()

    def wrapper(obj):
        try:
            return results[obj]
        except KeyError:
            value = results[obj] = func(obj)
            return value

    wrapper.cache = results
    return wrapper


@memoize_per_object
def determinant(m):
    print("computing...")
    (a, b), (c, d) = m.rows
    return a * d - b * c


m = Matrix([[1, 2], [3, 4]])
# Computed once, for both calls:
print(determinant(m), determinant(m))
print("cached objects:", len(determinant.cache))
del m
gc.collect()
print("cached objects:", len(determinant.cache))
# endregion
