# WeakKeyDictionary and WeakSet also postpone
# removals while a loop runs over them (up to
# Python 3.13), but their reads (d[k], get, in,
# len) leave the postponed removals alone: reading
# them in the loop body is safe on every version
# and on PyPy.
import gc
import weakref


class Item:
    pass


def by_key(items):
    return weakref.WeakKeyDictionary({i: "data" for i in items})


# region main
def loop_and_read(make, read):
    owners = [Item() for _ in range(3)]
    container = make(owners)
    try:
        for entry in container:
            owners.clear()  # all but `entry` die
            gc.collect()
            read(container, entry)  # only reads
        return "no error"
    except RuntimeError as error:
        return f"RuntimeError: {error}"


print("WeakKeyDictionary:", loop_and_read(
    by_key, lambda d, k: (d[k], d.get(k), k in d, len(d))))
print("WeakSet:", loop_and_read(
    weakref.WeakSet, lambda s, k: (k in s, len(s))))
# endregion
