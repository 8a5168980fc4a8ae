# gc.is_finalized (3.9): whether __del__ has
# already run for an object, for example one that
# __del__ brought back to life.
import gc
import sys
import weakref

if not hasattr(gc, "is_finalized"):
    print("no gc.is_finalized on", sys.implementation.name)
    sys.exit()

saved = []


# region main
class Phoenix:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)  # resurrects it


bird = Phoenix()
print("finalized before:", gc.is_finalized(bird))
del bird
gc.collect()
print("finalized after:", gc.is_finalized(saved[0]))

saved.clear()  # dies again, __del__ is quiet
gc.collect()
print("end")
# endregion
