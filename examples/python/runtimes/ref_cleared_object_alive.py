# B has no __del__, but it is reachable from A,
# which has one, and A's __del__ brings back A
# (and so B). On CPython the weak reference to B
# keeps working. On PyPy it returns None although
# B is alive; its callback runs only when B
# really dies.
import gc
import weakref

saved = []


class B:
    pass


class A:
    def __init__(self):
        self.b = B()

    def __del__(self):
        saved.append(self)  # resurrects A and A.b


# region main
a = A()
ref_b = weakref.ref(a.b, lambda r: print("B's ref callback"))
del a
gc.collect()
gc.collect()
print("B reachable again:", isinstance(saved[0].b, B))
print("ref to B returns None:", ref_b() is None)
saved.clear()  # now A and B die for good
gc.collect()
gc.collect()
print("after they die")
# endregion
