import gc
import weakref


class Blob:
    def __init__(self, name):
        self.name = name


# region main
a, b = Blob("a"), Blob("b")
by_name = weakref.WeakValueDictionary(a=a, b=b)
by_obj = weakref.WeakKeyDictionary({a: 1, b: 2})

value_refs = by_name.valuerefs()
key_refs = by_obj.keyrefs()
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
print(len(by_name), len(by_obj))
print("has iterkeyrefs:",
      hasattr(by_obj, "iterkeyrefs"))
# endregion
