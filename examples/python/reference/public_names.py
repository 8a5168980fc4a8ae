# The public names of the weakref module, as the
# module itself lists them.
import weakref

# region main
for name in sorted(weakref.__all__):
    print(name)
# Names without an underscore that __all__ leaves
# out: the class KeyedRef (documented only by its
# docstring) and the modules weakref imports.
others = [n for n in dir(weakref)
          if not n.startswith("_") and n not in weakref.__all__]
print("outside __all__:", sorted(others))
# endregion
