# copy.copy and copy.deepcopy of a weak dictionary
# build a new dictionary with its own entries and
# its own clean-up callback (WeakKeyDictionary and
# WeakValueDictionary define __copy__ and
# __deepcopy__): adding to a copy leaves the
# original alone, and an entry whose object dies
# leaves every copy.
import copy
import gc
import weakref


class Widget:
    pass


# region main
a, b = Widget(), Widget()
by_key = weakref.WeakKeyDictionary({a: "a"})
by_name = weakref.WeakValueDictionary({"a": a})
copies = {}
for d in (by_key, by_name):
    name = type(d).__name__
    shallow, deep = copy.copy(d), copy.deepcopy(d)
    shallow.update({b: "b"} if d is by_key else {"b": b})
    print(f"{name}: len {len(d)}, shallow copy {len(shallow)}"
          " after adding to the copy")
    copies[name] = (d, shallow, deep)

del a, b
gc.collect()
for name, (d, shallow, deep) in copies.items():
    print(f"{name} after the widgets died: len {len(d)},",
          f"shallow copy {len(shallow)}, deep {len(deep)}")
# endregion
