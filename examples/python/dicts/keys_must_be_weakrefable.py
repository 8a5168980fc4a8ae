# A WeakKeyDictionary's keys and a
# WeakValueDictionary's values must support weak
# references. Strings, numbers, tuples and plain
# lists do not.
import weakref


class Profile:
    def __init__(self, name, age):
        self.name, self.age = name, age


# region main
by_key = weakref.WeakKeyDictionary()
try:
    by_key["user:42"] = "profile"
except TypeError as error:
    print("WeakKeyDictionary:", error)

by_value = weakref.WeakValueDictionary()
try:
    by_value["user:42"] = ("ada", 36)
except TypeError as error:
    print("WeakValueDictionary:", error)

# An instance of your own class can be referenced.
profile = Profile("ada", 36)
# (A WeakValueDictionary's keys are ordinary.)
by_value["user:42"] = profile
print("stored:", by_value["user:42"].name)
# endregion
