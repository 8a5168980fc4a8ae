# The fix for `p += ...` on a proxy: call the
# method through the proxy. The name stays bound
# to the proxy, so it holds no strong reference,
# and the list can die.
import gc
import weakref


class Playlist(list):
    pass


# region fix
songs = Playlist(["intro"])
p = weakref.proxy(songs)

p.extend(["outro"])  # the method, not +=
print("p is a proxy:", isinstance(p, weakref.ProxyTypes))
print("songs:", songs)

del songs
gc.collect()
try:
    p.append("encore")
except ReferenceError:
    print("dead after del: ReferenceError")
# endregion
