import gc
import weakref


class Session:
    pass


# region main
def on_death(dead_ref):
    # Gets the weak reference itself, after the
    # object is gone.
    print("callback got the ref:", dead_ref is ref,
          "| ref() now returns", dead_ref())


session = Session()
ref = weakref.ref(session, on_death)

del session
gc.collect()
print("after collection")
# endregion
