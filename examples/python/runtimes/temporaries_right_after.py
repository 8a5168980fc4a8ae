# Weak references to temporaries, looked at on the
# next line, without gc.collect(): dead at once on
# CPython (GIL build); on PyPy alive until its
# collector next runs. Reliable on neither.
# (Free-threaded 3.13t/3.14t defer the
# module-level lambda.)
import gc
import weakref


class Button:
    def click(self):
        pass


class Connection:
    pass


# region main
button = Button()
method_ref = weakref.ref(button.click)
method_dead = method_ref() is None
members = weakref.WeakSet([button.click])
set_size = len(members)
lambda_ref = weakref.ref(lambda: None)
lambda_dead = lambda_ref() is None
cache = weakref.WeakValueDictionary()
cache["db"] = Connection()  # nobody else holds it
cached = "db" in cache

print("on the next line:")
print("  ref to bound method dead:", method_dead)
print("  WeakSet size:", set_size)
print("  ref to lambda dead:", lambda_dead)
print("  'db' in cache:", cached)
gc.collect()
print("after gc.collect():")
print("  ref to bound method dead:",
      method_ref() is None)
print("  WeakSet size:", len(members))
print("  ref to lambda dead:",
      lambda_ref() is None)
print("  'db' in cache:", "db" in cache)
# endregion
