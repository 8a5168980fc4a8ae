import gc
import weakref


class Connection:
    def __init__(self, host):
        self.host = host


# region main
open_connections = weakref.WeakValueDictionary()

db = Connection("db.internal")
open_connections["db"] = db
# Nobody else holds it.
open_connections["cache"] = Connection("cache.internal")
gc.collect()

print("keys:", sorted(open_connections))
print("db host:", open_connections["db"].host)

del db
gc.collect()
print("keys after dropping db:", sorted(open_connections))
print("get('db'):", open_connections.get("db"))
try:
    open_connections["db"]
except KeyError as error:
    print("KeyError:", error)
# endregion
