# The workaround the weakref documentation gives
# for the first-key rule: delete the key before
# storing under it again, so that the new object
# becomes the key.
import gc
import weakref


class Version:
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
second = Version(1)
notes[first] = "from first"

# Removes the entry of the equal key `first`:
del notes[second]
notes[second] = "from second"
print("key is second:", next(iter(notes.keys())) is second)

del first
gc.collect()
print("second in notes:", second in notes)
# endregion
