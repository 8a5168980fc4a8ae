# copy treats only exact weakref.ref objects as
# atomic: it looks up type(x) in a table. A ref
# subclass (WeakMethod, KeyedRef, your own) falls
# through to the pickling protocol, and that
# fails: CPython refuses to pickle it, PyPy fails
# to rebuild it (__new__() missing arguments). An
# object that holds one copies fine shallowly (the
# copy shares the reference); a deep copy fails
# unless the object defines __deepcopy__.
import copy
import gc
import weakref


class LabeledRef(weakref.ref):
    __slots__ = ("label",)


class Node:
    def handle(self):
        pass


# region main
node = Node()
refs = {
    "ref": weakref.ref(node),
    "WeakMethod": weakref.WeakMethod(node.handle),
    "KeyedRef":
        weakref.KeyedRef(node, None, "key"),
    "LabeledRef": LabeledRef(node),
}
for label, r in refs.items():
    for how in (copy.copy, copy.deepcopy):
        name = f"{label} {how.__name__}"
        try:
            same = how(r) is r
            print(f"{name}: same object {same}")
        except TypeError:
            print(f"{name}: TypeError")
# endregion


# region holder
class Holder:
    """Holds a WeakMethod, and nothing to copy it."""

    def __init__(self, method):
        self.target = weakref.WeakMethod(method)


holder = Holder(node.handle)
shallow = copy.copy(holder)
print("copy.copy shares it:",
      shallow.target is holder.target)
try:
    copy.deepcopy(holder)
except TypeError:
    print("copy.deepcopy: TypeError")
# endregion


# region fix
class Listener:
    """Holds a WeakMethod; a deep copy shares it."""

    def __init__(self, method):
        self.target = weakref.WeakMethod(method)
        self.seen = []

    def __deepcopy__(self, memo):
        new = copy.copy(self)  # shares .target
        new.seen = copy.deepcopy(self.seen, memo)
        return new


first = Listener(node.handle)
second = copy.deepcopy(first)
print("deepcopy works:",
      second.target() == first.target())
print("own list:", second.seen is not first.seen)
del node, refs, holder, shallow
gc.collect()
# Its method is dead now.
third = copy.deepcopy(first)
print("deepcopy of a dead one works:",
      third.target() is None)
# endregion
# mistake: region holder
