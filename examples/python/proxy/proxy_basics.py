import gc
import weakref


class Document:
    def __init__(self, title):
        self.title = title

    def shout(self):
        return self.title.upper()


# region main
doc = Document("notes")
p = weakref.proxy(doc)

# Used like the object itself:
print(p.title, p.shout())
print("isinstance(p, Document):", isinstance(p, Document))
print("type(p) is ProxyType:", type(p) is weakref.ProxyType)
# A proxy is a different object:
print("p is doc:", p is doc)

del doc
gc.collect()
try:
    p.title
except ReferenceError:
    # The message wording differs between
    # interpreters; the exception type does not.
    print("ReferenceError: the document is gone")
# endregion
