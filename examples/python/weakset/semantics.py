# WeakSet behaves like a set of objects it does
# not own: add, discard, `in`, len() and the set
# operators all work, and members vanish when
# they die.
import gc
import weakref


class Tag:
    def __init__(self, name):
        self.name = name


# region main
red, green = Tag("red"), Tag("green")
blue = Tag("blue")
warm = weakref.WeakSet([red])
used = weakref.WeakSet([red, green])

print("len:", len(used),
      "| red in used:", red in used)
both = warm | used  # returns a new WeakSet
print(type(both).__name__,
      sorted(t.name for t in both))
print("warm <= used:", warm <= used)

used.discard(green)
used.add(blue)
print("after discard/add:",
      sorted(t.name for t in used))

del blue
gc.collect()
print("after blue died:",
      sorted(t.name for t in used))
# An object that cannot be weakly referenced is
# not a member: `in` says False (an unhashable one
# still raises; see contains_unhashable.py).
print("'red' in used:", "red" in used)
try:
    used.add("red")  # but it cannot be added
except TypeError as error:
    print("TypeError:", error)
# endregion
