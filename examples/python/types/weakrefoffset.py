# CPython records in each type where its instances
# keep their list of weak references:
# type.__weakrefoffset__. 0 means "no weak
# references"; a positive offset is a field in the
# object; a negative value (3.12+) means the
# interpreter manages the storage
# (Py_TPFLAGS_MANAGED_WEAKREF). PyPy lacks it.


class Plain:
    pass


class Slotted:
    __slots__ = ()


class MyList(list):
    pass


def describe(cls):
    offset = getattr(cls, "__weakrefoffset__", None)
    if offset is None:
        return "no __weakrefoffset__ attribute"
    if offset == 0:
        return "0: no weak references"
    if offset > 0:
        return "positive: a field in the object"
    return "negative: managed by the interpreter"


# region main
for cls in (Plain, Slotted, MyList, list, object):
    print(f"{cls.__name__:8} {describe(cls)}")
# endregion
