# __del__ receives `self`, so it can store the
# object somewhere and bring it back to life.
# The runtimes disagree on what weak references
# see afterwards.
import gc
import weakref

survivors = []


# region main
class Phoenix:
    def __del__(self):
        print("__del__ runs")
        # Resurrection: a new strong reference.
        survivors.append(self)


bird = Phoenix()
ref = weakref.ref(bird)
del bird
gc.collect()
print("resurrected:", len(survivors) == 1)
print("weak reference still works:", ref() is not None)

survivors.clear()  # let it die for good
gc.collect()
# No second "__del__ runs" above.
print("after the second collection")
# endregion
