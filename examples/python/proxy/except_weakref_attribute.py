# The mistake: `except weakref.ReferenceError:`.
# The except clause's expression is evaluated only
# when an exception reaches it -- here, when the
# proxy has died -- and weakref has no attribute
# ReferenceError on Python 3.
import gc
import weakref


class Node:
    name = "root"


# region mistake
node = Node()
p = weakref.proxy(node)
del node
gc.collect()
try:
    try:
        p.name
    except weakref.ReferenceError:  # no such name
        print("never printed")
except AttributeError as error:
    raised = type(error).__name__
    print("the except clause raised:", raised)
    context = type(error.__context__).__name__
    print("while handling:", context)
# endregion
# mistake: region mistake
