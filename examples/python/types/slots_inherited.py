# __slots__ without '__weakref__' takes weak
# references away only if no base class has given
# them: a __slots__ subclass of an ordinary class
# can still be weakly referenced.
import weakref


class Plain:
    pass


class SlotsOnPlain(Plain):
    __slots__ = ("x",)


class SlotsOnly:
    __slots__ = ("x",)


class SlotsOnSlots(SlotsOnly):
    __slots__ = ("y",)


# region main
for cls in (SlotsOnPlain, SlotsOnly, SlotsOnSlots):
    try:
        weakref.ref(cls())
        verdict = "yes"
    except TypeError:
        verdict = "no"
    print(f"{cls.__name__:12} weakref.ref: {verdict}")
# endregion
