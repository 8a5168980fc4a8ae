# The same mistake in a less visible form: a
# callback that captured the object in a closure.
import gc
import weakref


class Connection:
    def __init__(self, name):
        self.name = name


# region main
def open_connection(name):
    conn = Connection(name)
    # The lambda captures `conn`, so the finalizer
    # holds the object it watches.
    fin = weakref.finalize(
        conn, lambda: print("closing", conn.name))
    # It would otherwise run at exit, long after
    # it was needed.
    fin.atexit = False
    return conn, fin


conn, fin = open_connection("db")
del conn
gc.collect()
print("still alive after collection:", fin.alive)
# endregion
