# Two references to two distinct objects that
# compare equal are equal themselves while both
# objects live, and hash alike; once one object
# has died, the references compare by identity.
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
# Equal, not identical:
first, second = Version(1), Version(1)
r1, r2 = weakref.ref(first), weakref.ref(second)
print("r1 == r2:", r1 == r2, "| r1 is r2:", r1 is r2)
print("same hash:", hash(r1) == hash(r2))

del first
gc.collect()
print("after first died, r1 == r2:", r1 == r2)
print("r1 == r1:", r1 == r1)
# endregion
