# The Python half of a pair; the TypeScript half:
# ../../ts/side-by-side/weak_ref.ts
import gc
import weakref


class User:
    def __init__(self, name):
        self.name = name


# region main
user = User("ada")
# The reference does not keep `user` alive.
ref = weakref.ref(user)


def greet():
    # The object, or None once it is collected.
    target = ref()
    name = target.name if target is not None else "nobody"
    print("hello,", name)


greet()
del user  # drop the only strong reference
# PyPy frees objects only when its collector runs.
gc.collect()
greet()
print("ref() is None:", ref() is None)
# endregion
