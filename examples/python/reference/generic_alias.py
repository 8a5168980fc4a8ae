# Since Python 3.9 (PEP 585) the weakref classes
# can be subscripted in type hints, like
# list[int]; that makes a types.GenericAlias.
import weakref


class Image:
    pass


# region main
cache: weakref.WeakValueDictionary[str, Image]
cache = weakref.WeakValueDictionary()
for cls in (weakref.ref, weakref.WeakSet,
            weakref.WeakKeyDictionary,
            weakref.WeakValueDictionary, weakref.WeakMethod):
    print(cls[int])
print(type(weakref.ref[Image]).__name__)
# endregion
