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
a.partner, b.partner = b, a  # a reference cycle
watch = weakref.ref(a)
gc.collect(0)  # it survives: it is older now
del a, b  # and now it is garbage

for generation in (0, 1, 2):
    gc.collect(generation)
    state = "alive" if watch() else "freed"
    print(f"after collect({generation}):", state)
# endregion
