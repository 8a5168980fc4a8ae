# The article's listener snippet says of
# `del obj`: "Entry automatically removed from
# callbacks". On CPython it is, at the del; on
# PyPy the entry stays until a collection frees
# the object.
import gc
import weakref


class Widget:
    pass


def on_cleanup(obj):
    print("Object went away:", obj)


# region main
callbacks = weakref.WeakKeyDictionary()
widget = Widget()
callbacks[widget] = on_cleanup
# "Entry automatically removed from callbacks":
del widget
print("entries right after del:", len(callbacks))
gc.collect()
print("entries after gc.collect():", len(callbacks))
# endregion
