import gc
import weakref


class Session:
    pass


# region main
def on_death(dead_ref):
    print("never printed")


session = Session()
ref = weakref.ref(session, on_death)

del ref      # the weak reference dies first ...
del session  # ... so when the object dies, nobody is left to be called
gc.collect()
print("no callback ran")
# endregion
# mistake: region main
