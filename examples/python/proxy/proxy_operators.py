# A proxy forwards more than attributes: operators, len(), indexing, str(), truth value and
# comparisons all go to the referent. Only identity is its own.
import gc
import weakref


class Playlist(list):  # plain lists cannot be weakly referenced; subclasses can
    pass


# region main
songs = Playlist(["intro", "theme"])
p = weakref.proxy(songs)

print(len(p), p[0], "theme" in p)  # container protocol
print(p + ["outro"])               # operators: the result is an ordinary list
p.append("outro")                  # methods mutate the real object
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
