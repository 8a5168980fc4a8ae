# Since Python 3.9 the weak dictionaries support |
# and |= like dict. The result of | is a weak
# dictionary of the same kind, whichever side the
# plain dict is on.
import weakref


class Conn:
    def __init__(self, name):
        self.name = name


# region main
a, b, c = Conn("a"), Conn("b"), Conn("c")
pool = weakref.WeakValueDictionary({"a": a})

merged = pool | {"b": b}
print(type(merged).__name__, sorted(merged))
print(type({"c": c} | pool).__name__)

pool |= {"c": c}  # updates pool in place
print(sorted(pool))
# endregion
