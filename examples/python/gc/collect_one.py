# What gc.collect(1) collects: generation 1 up to
# CPython 3.13, the young generation plus an
# increment of the old on 3.14.2.
import gc
import weakref


class Node:
    pass


# region main
gc.collect()
a, b = Node(), Node()
# a reference cycle
a.partner, b.partner = b, a
watch = weakref.ref(a)
# it survives: it is older now
gc.collect(0)
# and now it is garbage
del a, b

for generation in (0, 1, 2):
    gc.collect(generation)
    state = "alive" if watch() else "freed"
    print(f"after collect({generation}):", state)
# endregion
