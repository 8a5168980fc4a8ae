# `x in weakset` catches only the TypeError of
# weakref.ref(x). An object that can be weakly
# referenced but is unhashable still raises
# TypeError, when its weak reference is hashed.
import weakref


class Tag:
    pass


# Weakly referenceable, not hashable:
class TagList(list):
    pass


# region main
tags = weakref.WeakSet([Tag()])
candidates = [
    ("a str", "red"),
    ("a list subclass", TagList()),
]
for label, candidate in candidates:
    try:
        found = candidate in tags
        print(label, "in tags:", found)
    except TypeError:
        print(label,
              "in tags: TypeError (unhashable)")
# endregion
