# A proxy forwards more than attributes:
# operators, len(), indexing, str(), truth value
# and comparisons all go to the referent. Only
# identity is its own.
import gc
import weakref


# Plain lists cannot be weakly referenced;
# subclasses can.
class Playlist(list):
    pass


# region main
songs = Playlist(["intro", "theme"])
p = weakref.proxy(songs)

# The container protocol.
print(len(p), p[0], "theme" in p)
# Operators: the result is an ordinary list.
print(p + ["outro"])
# Methods mutate the real object.
p.append("outro")
print(songs)
print("p == songs:", p == songs, "| p is songs:", p is songs)

del songs
gc.collect()
for operation in (len, bool, str):
    try:
        operation(p)
    except ReferenceError:
        print(operation.__name__ + "(p): ReferenceError")
# endregion
