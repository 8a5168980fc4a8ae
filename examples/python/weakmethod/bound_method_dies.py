import gc
import weakref


class Button:
    def click(self):
        return "clicked"


# region main
# region mistake
button = Button()

# Each `button.click` creates a new bound-method
# object; nothing else holds this one.
print("a new object each time:",
      button.click is not button.click)
plain = weakref.ref(button.click)
# The same problem, in a WeakSet.
handlers = weakref.WeakSet([button.click])
gc.collect()
print("ref to a bound method:", plain(),
      "| WeakSet size:", len(handlers))
# endregion

# region fix
method = weakref.WeakMethod(button.click)
# Recreated from the object and the function.
print("WeakMethod:", method()())

del button
gc.collect()
print("after the object is gone:", method())
# endregion
# endregion
# mistake: region mistake
