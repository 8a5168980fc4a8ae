# The "listener registry" of the popular article:
# a WeakKeyDictionary mapping objects to
# callbacks. The entry does disappear, but nothing
# ever calls the callback.
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

print("entries before:", len(callbacks))
del widget
gc.collect()
# The entry is gone ...
print("entries after:", len(callbacks))
# ... and "Object went away" was never printed:
# storing a function is not registering it.
# endregion
# mistake: region main
