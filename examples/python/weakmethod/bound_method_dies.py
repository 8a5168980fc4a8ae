import gc
import weakref


class Button:
    def click(self):
        return "clicked"


# region main
button = Button()

# Each `button.click` creates a new bound-method object; nothing else holds this one.
plain = weakref.ref(button.click)
gc.collect()
print("ref to a bound method:", plain())

method = weakref.WeakMethod(button.click)
print("WeakMethod:", method()())  # recreated from the object and the function

del button
gc.collect()
print("after the object is gone:", method())
# endregion
