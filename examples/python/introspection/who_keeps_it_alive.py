import gc
import weakref


class Document:
    pass


registry = []


def open_document():
    doc = Document()
    # The bug: a forgotten strong reference.
    registry.append(doc)
    return doc


# region main
doc = open_document()
watch = weakref.ref(doc)
del doc
gc.collect()

def held_by_registry(obj):
    # Ask the collector which objects refer to it.
    # (PyPy also lists the frames that are looking
    # at it right now, so test for the suspect.)
    return any(holder is registry
               for holder in gc.get_referrers(obj))


if watch() is not None:
    print("still alive; held by `registry`:",
          held_by_registry(watch()))
    registry.clear()
    gc.collect()
    # PyPy may need a second pass for what the
    # search touched.
    gc.collect()
print("freed:", watch() is None)
# endregion
