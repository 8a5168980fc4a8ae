# Up to Python 3.13, and on PyPy: while one thread
# loops over a WeakValueDictionary that has lost
# an entry, another thread that only reads it
# (here d.get) carries out the postponed removal,
# and the loop fails. Pyodide cannot start
# threads: there the program reports that instead.
import gc
import threading
import weakref


class Item:
    pass


# region main
owners = {name: Item() for name in "abc"}
d = weakref.WeakValueDictionary(owners)
paused = threading.Event()
resumed = threading.Event()


def reader():
    paused.wait()
    d.get("a")  # a read, in another thread
    resumed.set()


try:
    threading.Thread(target=reader).start()
    try:
        for name, item in d.items():
            if name == "a":
                del owners["c"]  # "c" dies now
                gc.collect()
                paused.set()  # the reader runs
                resumed.wait()
        print("loop: no error")
    except RuntimeError as error:
        print("loop: RuntimeError:", error)
except RuntimeError as error:  # on Pyodide
    print("no thread:", error)
# endregion
