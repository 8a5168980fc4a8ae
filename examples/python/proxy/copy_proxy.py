# copy.copy(p) and copy.deepcopy(p) of a proxy
# find no copier on the proxy's type, then ask the
# proxy for __reduce_ex__, which it forwards: what
# comes back is a new copy of the referent --
# neither a proxy nor the referent itself. (pickle
# does the same: pickle_proxy.py in copying/.)
import copy
import weakref


class Settings:
    def __init__(self, theme):
        self.theme = theme


# region main
settings = Settings("dark")
p = weakref.proxy(settings)
for how in (copy.copy, copy.deepcopy):
    clone = how(p)
    print(f"{how.__name__}(p):",
          type(clone).__name__,
          "| a proxy:",
          isinstance(clone, weakref.ProxyTypes),
          "| the referent:", clone is settings,
          "| theme:", clone.theme)
# endregion
