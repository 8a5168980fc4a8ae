# copy treats only exact weakref.ref objects as atomic: it looks
# up type(x) in a table. A ref subclass (WeakMethod, KeyedRef,
# your own) falls through to pickling, which refuses it.
import copy
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
    "KeyedRef": weakref.KeyedRef(node, None, "key"),
    "LabeledRef": LabeledRef(node),
}
for label, r in refs.items():
    for how in (copy.copy, copy.deepcopy):
        try:
            same = how(r) is r
            print(f"{label} {how.__name__}: same object {same}")
        except TypeError:
            print(f"{label} {how.__name__}: TypeError")
# endregion


# region fix
class Listener:
    """Holds a WeakMethod; rebuilds it when copied."""

    def __init__(self, method):
        self.target = weakref.WeakMethod(method)

    def __copy__(self):
        return Listener(self.target())

    def __deepcopy__(self, memo):
        return Listener(self.target())


first = Listener(node.handle)
second = copy.deepcopy(first)
print("copy works:", second.target() == first.target())
# endregion
