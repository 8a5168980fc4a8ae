# The fix for a weakref callback that never runs:
# keep the reference alive, or use finalize.
import gc
import weakref


class Session:
    pass


# region main
def on_death(dead_ref):
    print("callback ran")


session = Session()
# Stored for as long as we want the call.
keep = weakref.ref(session, on_death)

other = Session()
# Keeps itself alive.
weakref.finalize(other, print, "finalizer ran")

del session, other
gc.collect()
# endregion
