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
# ... so nobody is left to call when it dies.
del session
gc.collect()
print("no callback ran")
# endregion
# mistake: region main
