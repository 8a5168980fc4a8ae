# Up to Python 3.13, and on PyPy, a
# WeakValueDictionary that loses an entry during a
# loop over it postpones the removal until the
# loop ends. Reading the dictionary in the loop
# body (d[k], get, in, len, a second loop) carries
# out the postponed removal at once, under the
# running loop, and the loop fails at its next
# step. Python 3.14 iterates over a copy instead.
import gc
import weakref


class Item:
    def __init__(self, name):
        self.name = name


# region main
READS = {
    "d['a']": lambda d: d["a"],
    "d.get('a')": lambda d: d.get("a"),
    "'a' in d": lambda d: "a" in d,
    "len(d)": len,
    "list(d)": list,
}

for label, read in READS.items():
    owners = {name: Item(name) for name in "abc"}
    d = weakref.WeakValueDictionary(owners)
    try:
        for name, item in d.items():
            owners.pop("c", None)  # "c" dies now
            gc.collect()
            read(d)  # only reads the dictionary
        print(f"{label:11} in the loop: no error")
    except RuntimeError as error:
        print(f"{label:11} in the loop: RuntimeError: {error}")
# endregion
