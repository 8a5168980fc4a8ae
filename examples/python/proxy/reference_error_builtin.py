# ReferenceError is a built-in exception.
# Python 2's weakref module re-exported it;
# Python 3's does not, so weakref.ReferenceError
# is an AttributeError. Catch the built-in name.
import gc
import weakref


class Node:
    name = "root"


# region main
print("weakref.ReferenceError exists:",
      hasattr(weakref, "ReferenceError"))

node = Node()
p = weakref.proxy(node)
del node
gc.collect()
try:
    p.name
except ReferenceError as error:  # the built-in
    print("caught", type(error).__name__,
          "from module", type(error).__module__)
# endregion
