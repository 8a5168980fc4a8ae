import gc
import weakref


class Blob:
    def __init__(self, name):
        self.name = name


# region main
a, b = Blob("a"), Blob("b")
by_name = weakref.WeakValueDictionary(a=a, b=b)
by_object = weakref.WeakKeyDictionary(
    {a: 1, b: 2})

# valuerefs() / keyrefs() hand out the weak
# references themselves, so holding the list keeps
# nothing alive; each must be called, and may
# return None.
value_refs = by_name.valuerefs()
key_refs = by_object.keyrefs()
print(sorted(r().name for r in value_refs),
      sorted(r().name for r in key_refs))
# itervaluerefs() (undocumented) is the lazy
# valuerefs(), of KeyedRefs that know their key.
lazy = by_name.itervaluerefs()
print(sorted(r.key for r in lazy))

del a, b
gc.collect()
print([r() for r in value_refs],
      [r() for r in key_refs])
print(len(by_name), len(by_object))
print("has iterkeyrefs:",
      hasattr(by_object, "iterkeyrefs"))
# endregion
