# A proxy forwards __reduce_ex__ to its referent,
# so pickling a proxy pickles a copy of the
# object. What comes back is no proxy, and it is a
# new object that the unpickling side owns.
import gc
import pickle
import weakref


class Settings:
    def __init__(self, theme):
        self.theme = theme


# region main
settings = Settings("dark")
p = weakref.proxy(settings)
clone = pickle.loads(pickle.dumps(p))
print("type:", type(clone).__name__, "theme:", clone.theme)
print("same object:", clone is settings)

del settings
gc.collect()
try:
    pickle.dumps(p)
except ReferenceError:
    print("dead proxy: ReferenceError")
# endregion
