# The public names of the weakref module, as the module itself lists them.
import weakref

# region main
for name in sorted(weakref.__all__):
    print(name)
print("KeyedRef (documented, not in __all__):", hasattr(weakref, "KeyedRef"))
# endregion
