# The fix for a finalizer that keeps its object
# alive: pass a function and the data it needs.
import gc
import weakref


class Connection:
    def __init__(self, name):
        self.name = name


def close(name):
    print("closing", name)


# region main
conn = Connection("db")
# A plain string, not `conn`.
fin = weakref.finalize(conn, close, conn.name)

del conn
gc.collect()
print("finalizer still pending:", fin.alive)
# endregion
