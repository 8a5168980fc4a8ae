# An augmented assignment through a proxy rebinds
# the name to whatever the referent's __iadd__
# returns: for a list, the list itself. The name
# then holds a strong reference, not a proxy.
import gc
import weakref


class Playlist(list):
    pass


# region main
songs = Playlist(["intro"])
p = weakref.proxy(songs)

# Calls songs.__iadd__, then rebinds p:
p += ["outro"]
print("p is songs now:", p is songs)
print("p is a proxy:", isinstance(p, weakref.ProxyTypes))

del songs
gc.collect()
print("still alive through p:", p)
# endregion
# mistake: region main
