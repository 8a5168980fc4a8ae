# Two less obvious ways for a value to hold its key: a bound method of the key, and a
# closure that captured it. Either keeps the key, and so its entry, alive.
import gc
import weakref


class Button:
    def click(self):
        return "clicked"


def make_handler(button):
    return lambda: button.click()  # the closure captures `button`


# region main
handlers = weakref.WeakKeyDictionary()

a, b, c = Button(), Button(), Button()
handlers[a] = a.click          # a bound method holds its object (a.click.__self__)
handlers[b] = make_handler(b)  # a closure holds what it captured
handlers[c] = Button.click     # the plain function: no reference to c

del a, b, c
gc.collect()
print("entries left:", len(handlers))  # a and b are immortal; c's entry is gone
# endregion
