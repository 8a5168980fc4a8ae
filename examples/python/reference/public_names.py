# The public names of the weakref module, as the module itself lists them.
import weakref

# region main
for name in sorted(weakref.__all__):
    print(name)
# KeyedRef is public (no underscore) but neither in __all__ nor
# in the library documentation: only its docstring describes it.
print("KeyedRef exists, not in __all__:",
      hasattr(weakref, "KeyedRef")
      and "KeyedRef" not in weakref.__all__)
# endregion
