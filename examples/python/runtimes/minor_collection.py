# On PyPy an object dies at a later collection. A
# young object without __del__ is freed by a minor
# collection, which allocating soon brings; one
# with __del__ waits for a major collection.
# gc.disable() stops PyPy's major collections (and
# finalizers), not its minor ones, so the two
# cases part. CPython frees both at del.
import gc
import weakref


class Plain:
    pass


class WithDel:
    def __del__(self):
        pass


# region main
def dead_after_allocating(cls):
    obj = cls()
    ref = weakref.ref(obj)
    del obj
    kept = []
    for n in range(100_000):
        if ref() is None:
            break
        # Real allocations: they are kept.
        kept.append([n])
    return ref


gc.collect()
gc.disable()  # PyPy: minor collections only
refs = {cls: dead_after_allocating(cls)
        for cls in (Plain, WithDel)}
for cls, ref in refs.items():
    print(f"{cls.__name__}: dead after allocating:",
          ref() is None)
gc.enable()
gc.collect()  # a major collection
for cls, ref in refs.items():
    print(f"{cls.__name__}: dead after gc.collect():",
          ref() is None)
# endregion
