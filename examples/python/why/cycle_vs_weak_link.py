# The same parent/child pair twice: once with a
# strong back-link (a cycle), once with a weak
# one. With the collector switched off, only
# reference counting can free anything.
import gc
import weakref


class Node:
    pass


# PyPy's gc.disable() stops only its major
# collections; starting from an empty nursery, no
# minor one runs before the prints below.
gc.collect()

# region main
def make_pair(weak_back_link):
    parent, child = Node(), Node()
    parent.child = child
    if weak_back_link:
        child.parent = weakref.ref(parent)
    else:
        child.parent = parent
    # Watches the parent without keeping it.
    return weakref.ref(parent)


gc.disable()  # no cyclic collection until asked
strong_link = make_pair(weak_back_link=False)
weak_link = make_pair(weak_back_link=True)
print("strong back-link, parent alive:",
      strong_link() is not None)
print("weak back-link, parent alive:",
      weak_link() is not None)

gc.enable()
gc.collect()
print("after gc.collect(), both freed:",
      strong_link() is None and weak_link() is None)
# endregion
