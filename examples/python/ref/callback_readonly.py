# A reference's __callback__ can be read, not
# assigned: the callback is fixed when the
# reference is created.
import weakref


class Session:
    pass


def on_death(ref):
    pass


# region main
session = Session()
r = weakref.ref(session, on_death)
print("__callback__ is on_death:", r.__callback__ is on_death)
try:
    r.__callback__ = None
except AttributeError as error:
    print("assigning it:", type(error).__name__)
plain = weakref.ref(session)  # no callback
print("plain ref's __callback__:", plain.__callback__)
# endregion
