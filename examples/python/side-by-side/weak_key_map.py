# The Python half of a pair; the TypeScript half:
# ../../ts/side-by-side/weak_key_map.ts
import gc
import weakref


class Button:
    pass


# region main
# object -> data; the keys are held weakly
labels = weakref.WeakKeyDictionary()

save = Button()
labels[save] = "Save"
print("label:", labels.get(save))
print("has:", save in labels)

del save  # the entry goes with its key
gc.collect()
# Python can count the entries; JavaScript cannot.
print("entries:", len(labels))
# endregion
