# A WeakMethod also dies when its function does,
# while the instance lives on: here the class
# replaces the method, and the old function had no
# other reference than the class's.
import gc
import weakref


class Button:
    def click(self):
        return "old click"


def new_click(self):
    return "new click"


# region main
button = Button()
method = weakref.WeakMethod(
    button.click, lambda wm: print("callback: function gone"))
print("before:", method()())

Button.click = new_click  # drops the old function
gc.collect()
print("instance alive:", button.click())
print("WeakMethod() now:", method())
# endregion
