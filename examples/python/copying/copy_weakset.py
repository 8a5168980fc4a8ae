# WeakSet has no __copy__ or __deepcopy__ (CPython
# gh-74876, still open), so the copy module
# rebuilds it from __reduce__, whose state is the
# set's own __dict__: copy.copy shares the
# internal set of references with the original,
# and copy.deepcopy keeps the original's removal
# callback, so members that die leave the
# original's set but not the copy's. ws.copy() and
# WeakSet(ws) build an independent set.
import copy
import gc
import weakref


class Tag:
    pass


# region main
a, b = Tag(), Tag()
tags = weakref.WeakSet([a])

shallow = copy.copy(tags)
shallow.add(b)  # added to the copy only...
print("copy.copy: original has b:", b in tags)

# Now tags holds a and b.
deep = copy.deepcopy(tags)
own = tags.copy()  # same as weakref.WeakSet(tags)
del a
gc.collect()
print("after a died: len(tags) =", len(tags),
      "| len(deep) =", len(deep), "| len(own) =", len(own))
print("members of deep:", len(list(deep)))
# endregion
