# copy.copy and copy.deepcopy return a weak
# reference itself: a copy could only point at the
# same object anyway. pickle refuses it.
import copy
import pickle
import weakref


class Photo:
    pass


# region main
photo = Photo()
r = weakref.ref(photo)
print("copy.copy(r) is r:", copy.copy(r) is r)
print("copy.deepcopy(r) is r:", copy.deepcopy(r) is r)
try:
    pickle.dumps(r)
except (TypeError, pickle.PicklingError) as error:
    print("pickle.dumps(r):", type(error).__name__)
# endregion
