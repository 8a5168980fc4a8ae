# The reference object itself: its type, its
# callback, and why `if ref:` tells you nothing.
import gc
import weakref


class Session:
    pass


def on_death(dead_ref):
    pass


# region main
session = Session()
ref = weakref.ref(session, on_death)
print("type is ReferenceType:",
      type(ref) is weakref.ReferenceType)
print("weakref.ref is ReferenceType:",
      weakref.ref is weakref.ReferenceType)
print("__callback__ is on_death:", ref.__callback__ is on_death)

del session
gc.collect()
# The reference object is always truthy.
print("bool(ref) after death:", bool(ref))
# So always call it and test for None.
print("ref() after death:", ref())
# Cleared once it was called.
print("__callback__ after death:", ref.__callback__)
# endregion
