import gc
import weakref


class Key:
    pass


# region main
a = Key()
r1 = weakref.ref(a)
r2 = weakref.ref(a, lambda r: None)  # a callback makes a separate ref object

print("while alive, r1 == r2:", r1 == r2)  # compares the referents
print("hash(r1) == hash(a):", hash(r1) == hash(a))

del a
gc.collect()
print("after death, r1 == r2:", r1 == r2)  # now only identity counts
print("hash(r1) still works:", hash(r1) == hash(r1))  # cached while alive

b = Key()
r3 = weakref.ref(b)
del b
gc.collect()
try:
    hash(r3)  # never hashed while alive: the hash can no longer be computed
except TypeError as error:
    print("TypeError:", error)
# endregion
