import gc
import weakref


# region widget
class Button:
    """A toy widget that stores its click handler weakly."""

    def __init__(self, label):
        self.label = label
        self._on_click = None

    def on_click(self, method):
        self._on_click = weakref.WeakMethod(method)

    def click(self):
        handler = None
        if self._on_click is not None:
            handler = self._on_click()
        if handler is None:
            print(f"[{self.label}] no live handler")
        else:
            handler(self)
# endregion


# region use
class SaveDialog:
    def __init__(self, button):
        self.saved = 0
        # The button must not keep `self` alive.
        button.on_click(self.save)

    def save(self, button):
        self.saved += 1
        print(f"[{button.label}] saved ({self.saved})")


button = Button("Save")
dialog = SaveDialog(button)
button.click()
button.click()

# The dialog is closed; the button outlives it.
del dialog
gc.collect()
button.click()
# endregion
