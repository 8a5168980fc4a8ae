# A proxy can take a callback too. Like a ref's
# callback, it receives the (now dead) proxy,
# which can no longer be used.
import gc
import weakref


class Document:
    pass


# region main
def on_death(dead_proxy):
    print("callback got a proxy:",
          isinstance(dead_proxy, weakref.ProxyTypes))
    try:
        str(dead_proxy)
    except ReferenceError:
        print("and it is already dead")


doc = Document()
p = weakref.proxy(doc, on_death)
del doc
gc.collect()
# endregion
