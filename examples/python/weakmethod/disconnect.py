# WeakMethods compare equal when they refer to the
# same object and function, so a signal can find
# and remove a receiver given `obj.method` again,
# although that is a new bound method.
import gc
import weakref


class Logger:
    def on_saved(self, path):
        print("saved", path)


# region main
logger = Logger()
a = weakref.WeakMethod(logger.on_saved)
b = weakref.WeakMethod(logger.on_saved)
print("a is b:", a is b, "| a == b:", a == b,
      "| same hash:", hash(a) == hash(b))

receivers = [a]
# The new WeakMethod is found by ==.
receivers.remove(weakref.WeakMethod(logger.on_saved))
print("receivers after disconnect:", len(receivers))

del logger
gc.collect()
print("after the instance died, a == b:", a == b)
# endregion
