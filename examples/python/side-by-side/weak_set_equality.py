# The Python half of a pair; the TypeScript half:
# ../../ts/side-by-side/weak_set_equality.ts
import weakref


class Tag:
    def __init__(self, name):
        self.name = name

    # Two tags with the same name are equal (and
    # hash alike).
    def __eq__(self, other):
        return (isinstance(other, Tag)
                and other.name == self.name)

    def __hash__(self):
        return hash(self.name)


# region main
seen = weakref.WeakSet()
first = Tag("urgent")
seen.add(first)

# A different object that compares equal:
copy = Tag("urgent")
print("same object:", first in seen)
# Found by hash and ==:
print("equal object:", copy in seen)
# endregion
