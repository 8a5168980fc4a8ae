import gc
import weakref


class Account:
    def __init__(self, owner):
        self.owner = owner


# region main
class LabeledRef(weakref.ref):
    """A weak reference that also carries a label."""

    __slots__ = ("label",)

    def __init__(self, obj, callback=None):
        super().__init__(obj, callback)
        # Copied: the label must not hold `obj`.
        self.label = obj.owner


def on_death(dead):
    print("gone:", dead.label)


account = Account("ada")
ref = LabeledRef(account, on_death)
print(ref().owner, isinstance(ref, weakref.ref))

del account
gc.collect()
# endregion
