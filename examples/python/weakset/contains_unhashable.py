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
candidates = [("a str", "red"), ("a list subclass", TagList())]
for label, candidate in candidates:
    try:
        print(label, "in tags:", candidate in tags)
    except TypeError:
        print(label, "in tags: TypeError (unhashable)")
# endregion
