import gc
import weakref


class Version:
    """Equal when the numbers are equal: a value object."""

    def __init__(self, number):
        self.number = number

    def __eq__(self, other):
        return isinstance(other, Version) and other.number == self.number

    def __hash__(self):
        return hash(self.number)


# region main
notes = weakref.WeakKeyDictionary()
first = Version(1)
second = Version(1)  # a different object, equal to the first

notes[first] = "from first"
notes[second] = "from second"  # same key by ==: replaces the value
print(len(notes), notes[first])
# The entry still belongs to `first` (the key object that went in first):
print("key is first:", next(iter(notes.keys())) is first)

del first
gc.collect()  # the entry dies with `first`, although an equal key is still alive
print("second in notes:", second in notes)
# endregion
