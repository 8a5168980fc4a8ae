# Where an object that survives gc.collect(0)
# goes: the middle generation on CPython 3.11 to
# 3.13, the old one on 3.14.2.
import gc
import sys

try:
    gc.get_objects(0)
except NotImplementedError as error:  # PyPy
    print("NotImplementedError:", error)
    sys.exit()


# region main
def generation_of(obj):
    for generation in range(3):
        if any(o is obj for o in gc.get_objects(generation)):
            return generation


gc.collect()
survivor = []  # a new container
print("new object in generation:", generation_of(survivor))
gc.collect(0)  # it survives a young collection
print("after collect(0):", generation_of(survivor))
gc.collect(1)
print("after collect(1):", generation_of(survivor))
# endregion
