# Does a callback run when its weak reference dies
# at the same time as the object? CPython's
# reference counting clears an object's weak
# references, and calls their callbacks, before it
# clears the object's attributes, so a reference
# stored on its own referent gets its callback.
# The cyclic collector calls no callback of a
# reference that is garbage itself, and PyPy calls
# none of a dead reference. For two objects that
# die in one cascade, the order of release
# decides, and it is an implementation detail:
# Python 3.14 clears a function's locals last to
# first, 3.13 and older first to last.
import gc
import weakref


class Session:
    pass


ran = []


def on_death(ref):
    ran.append(ref)


def outcome(label):
    gc.collect()
    print(f"{label}: {'called' if ran else 'not called'}")
    ran.clear()


# region main
s = Session()
# A temporary reference, dead at once:
weakref.ref(s, on_death)
del s
outcome("temporary reference")

s = Session()
# A reference stored on its own referent:
s.ref = weakref.ref(s, on_death)
del s
outcome("stored on the object")

s = Session()
s.ref = weakref.ref(s, on_death)
s.me = s  # ...and the object is in a cycle
del s
outcome("stored on the object, in a cycle")


def session_then_ref():
    s = Session()
    r = weakref.ref(s, on_death)


def ref_then_session():
    r = None
    s = Session()
    r = weakref.ref(s, on_death)


session_then_ref()
outcome("locals s, r of a function")
ref_then_session()
outcome("locals r, s of a function")
# endregion
