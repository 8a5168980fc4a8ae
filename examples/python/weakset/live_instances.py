import gc
import weakref


# region main
class Connection:
    # Every instance that still exists:
    live = weakref.WeakSet()

    def __init__(self, name):
        self.name = name
        Connection.live.add(self)


a = Connection("a")
b = Connection("b")
print("live:", sorted(c.name for c in Connection.live))

del a
gc.collect()
print("live:", sorted(c.name for c in Connection.live))
print("b in live:", b in Connection.live,
      "| len:", len(Connection.live))
# endregion
