# Being told when an object goes away:
# weakref.finalize calls the function once, when
# the object is collected, without keeping the
# object alive.
import gc
import weakref


class Widget:
    def __init__(self, name):
        self.name = name


# region main
def on_cleanup(name):
    # Gets the name, not the widget: it is gone.
    print("widget went away:", name)


widget = Widget("save-button")
weakref.finalize(widget, on_cleanup, widget.name)

print("deleting")
del widget
gc.collect()
print("done")
# endregion
