# Two less obvious ways for a value to hold its
# key: a bound method of the key, and a closure
# that captured it. Either keeps the key, and so
# its entry, alive.
import gc
import weakref


class Button:
    def click(self):
        return "clicked"


def make_handler(button):
    # The closure captures `button`.
    return lambda: button.click()


# region main
handlers = weakref.WeakKeyDictionary()

a, b, c = Button(), Button(), Button()
# A bound method holds its object (its __self__).
handlers[a] = a.click
# A closure holds what it captured.
handlers[b] = make_handler(b)
# The plain function: no reference to c.
handlers[c] = Button.click

del a, b, c
gc.collect()
# Entries of a and b are immortal; c's is gone.
print("entries left:", len(handlers))
# endregion
