import weakref


class Model:
    pass


# region main
model = Model()
print("count:", weakref.getweakrefcount(model))

r = weakref.ref(model)
p = weakref.proxy(model)
callback_ref = weakref.ref(model, lambda _: None)

print("count:", weakref.getweakrefcount(model))
refs = weakref.getweakrefs(model)
print("r listed:", any(x is r for x in refs),
      "| proxy listed:",
      any(x is p for x in refs))
# 42 cannot be weakly referenced at all: 0 and []
print(weakref.getweakrefcount(42),
      weakref.getweakrefs(42))
# endregion
