# The weak dictionaries support copy.copy and
# copy.deepcopy (both have .copy(), __copy__ and
# __deepcopy__); no weak container pickles.
import copy
import pickle
import weakref


class Widget:
    pass


# region main
w = Widget()
notes = weakref.WeakKeyDictionary({w: ["draft"]})

shallow = copy.copy(notes)  # same as notes.copy()
deep = copy.deepcopy(notes)
print("copy shares the value:",
      shallow[w] is notes[w])
print("deepcopy copies the value:",
      deep[w] is not notes[w])
print("but keeps the key:", next(iter(deep)) is w)

byname = weakref.WeakValueDictionary({"main": w})
print("WeakValueDictionary deepcopy keeps values:",
      copy.deepcopy(byname)["main"] is w)

for box in (notes, byname, weakref.WeakSet([w])):
    try:
        pickle.dumps(box)
    except (TypeError, AttributeError,
            pickle.PicklingError):
        kind = type(box).__name__
        print("pickle refused:", kind)
# endregion
