import gc
import weakref


class Session:
    pass


# region main
def on_death(dead_ref):
    print("never printed")


session = Session()
ref = weakref.ref(session, on_death)

# The weak reference dies first ...
del ref
# ... so when the object dies, nobody is left to
# be called.
del session
gc.collect()
print("no callback ran")
# endregion
# mistake: region main
