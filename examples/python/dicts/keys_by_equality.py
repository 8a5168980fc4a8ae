import gc
import weakref


class Version:
    """Equal when the numbers are equal: a value object."""

    def __init__(self, number):
        self.number = number

    def __eq__(self, other):
        return (isinstance(other, Version)
                and other.number == self.number)

    def __hash__(self):
        return hash(self.number)


# region main
notes = weakref.WeakKeyDictionary()
first = Version(1)
# A different object, equal to the first:
second = Version(1)

notes[first] = "from first"
# Same key by ==: replaces the value.
notes[second] = "from second"
print(len(notes), notes[first])
# The entry still belongs to `first`, the first
# key to go in:
print("key is first:", next(iter(notes.keys())) is first)

del first
# The entry dies with `first`, though an equal
# key is alive.
gc.collect()
print("second in notes:", second in notes)
# endregion
