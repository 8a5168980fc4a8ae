import weakref


class Model:
    pass


# region main
model = Model()
print("count:", weakref.getweakrefcount(model))

r = weakref.ref(model)
p = weakref.proxy(model)
callback_ref = weakref.ref(model, lambda dead: None)

print("count:", weakref.getweakrefcount(model))
refs = weakref.getweakrefs(model)
print("r listed:", any(x is r for x in refs), "| proxy listed:", any(x is p for x in refs))
print("objects that cannot be weakly referenced have 0:", weakref.getweakrefcount(42))
# endregion
