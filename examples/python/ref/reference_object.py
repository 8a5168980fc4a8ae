# The reference object itself: its type, its callback, and why `if ref:` tells you nothing.
import gc
import weakref


class Session:
    pass


def on_death(dead_ref):
    pass


# region main
session = Session()
ref = weakref.ref(session, on_death)
print("type is ReferenceType:", type(ref) is weakref.ReferenceType)
print("weakref.ref is ReferenceType:", weakref.ref is weakref.ReferenceType)
print("__callback__ is on_death:", ref.__callback__ is on_death)

del session
gc.collect()
print("bool(ref) after death:", bool(ref))  # the reference object is always truthy
print("ref() after death:", ref())         # so always call it and test for None
print("__callback__ after death:", ref.__callback__)  # cleared once it was called
# endregion
