import weakref,gc
class A: pass
# region main
a=A()
r=weakref.ref(a)
print(r() is a)
del a
gc.collect()
print(r())
# endregion
