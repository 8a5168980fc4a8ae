import gc
import weakref


class Widget:
    # A leak: every widget is remembered forever.
    instances = []

    def __init__(self):
        Widget.instances.append(self)


class FixedWidget:
    pass


# region main
def assert_collected(factory):
    """Test helper: the object must be gone once dropped."""
    obj = factory()
    watch = weakref.ref(obj)
    del obj
    gc.collect()
    return "collected" if watch() is None else "LEAKED"


print("Widget:", assert_collected(Widget))
print("FixedWidget:", assert_collected(FixedWidget))
# endregion
