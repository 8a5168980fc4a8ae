import gc
import weakref


class Value:
    pass


# region main
# KeyedRef is the ref subclass WeakValueDictionary
# uses internally: a weak reference that also
# carries the dictionary key, so its callback
# knows which entry to delete.
def on_death(dead):
    print("entry to remove:", dead.key)


value = Value()
ref = weakref.KeyedRef(value, on_death, "answer")
print(ref.key, ref() is value, isinstance(ref, weakref.ref))
del value
gc.collect()
# endregion
