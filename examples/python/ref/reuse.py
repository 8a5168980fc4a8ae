import gc
import weakref


class Key:
    pass


class TaggedRef(weakref.ref):
    pass


# region main
key = Key()
print("ref(key) is ref(key):",
      weakref.ref(key) is weakref.ref(key))

plain = weakref.ref(key)
with_callback = weakref.ref(key, lambda r: None)
print("with a callback, a new ref:",
      with_callback is not plain)
tagged = TaggedRef(key)
print("a subclass, a new ref:",
      tagged is not plain)
# Let PyPy drop the first line's temporary refs.
gc.collect()
print("refs to key:",
      weakref.getweakrefcount(key))
# endregion
