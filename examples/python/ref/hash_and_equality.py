import gc
import weakref


class Key:
    pass


# region main
a = Key()
r1 = weakref.ref(a)
# A callback makes a separate ref object.
r2 = weakref.ref(a, lambda r: None)

# Compares the referents.
print("while alive, r1 == r2:", r1 == r2)
print("hash(r1) == hash(a):", hash(r1) == hash(a))

del a
gc.collect()
# Now only identity counts.
print("after death, r1 == r2:", r1 == r2)
# Cached while alive.
print("hash(r1) still works:", hash(r1) == hash(r1))

b = Key()
r3 = weakref.ref(b)
del b
gc.collect()
try:
    # Never hashed while alive: now the hash
    # cannot be computed.
    hash(r3)
except TypeError as error:
    print("TypeError:", error)
# endregion
