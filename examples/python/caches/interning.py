import weakref


class Symbol:
    def __init__(self, name):
        self.name = name


# region main
_symbols = weakref.WeakValueDictionary()


def intern_symbol(name):
    # setdefault returns the existing value if
    # there is one, else stores ours. The argument
    # is a strong reference, so the entry cannot
    # vanish mid-call.
    return _symbols.setdefault(name, Symbol(name))


x = intern_symbol("x")
print("same symbol:", intern_symbol("x") is x)
print("different names differ:", intern_symbol("y") is not x)
# endregion
