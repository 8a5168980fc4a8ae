# The same resurrection, but the object is in a
# reference cycle, so the cyclic collector frees
# it, not reference counting. The collector clears
# the weak references before any __del__ runs.
import gc
import weakref

survivors = []


# region main
class Phoenix:
    def __del__(self):
        print("__del__ runs")
        survivors.append(self)  # resurrection


bird = Phoenix()
# A cycle: only the collector can free it.
bird.me = bird
ref = weakref.ref(bird)
del bird
gc.collect()
print("resurrected:", len(survivors) == 1)
print("weak reference still works:", ref() is not None)
# endregion
