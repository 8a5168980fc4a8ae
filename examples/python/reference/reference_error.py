# ReferenceError is a built-in exception, not a name of the weakref module.
import gc
import weakref


class Session:
    pass


# region main
print(ReferenceError.__module__)  # the builtins module
print(hasattr(weakref, "ReferenceError"))
try:
    weakref.ReferenceError
except AttributeError as error:
    print("AttributeError:", error)

session = Session()
view = weakref.proxy(session)
del session
gc.collect()
try:
    view.user
except ReferenceError as error:  # the built-in name
    print("ReferenceError:", error)
# endregion
