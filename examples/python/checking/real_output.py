# The page shows what this program really printed
# during the build. The address in the object's
# repr differs on every run, so the check compares
# it through a normalisation rule.
class Node:
    pass


# region main
node = Node()
print(node)
print(repr(node).startswith("<__main__.Node object at 0x"))
# Printed text is shown as text: your browser
# never runs it.
print("<script>alert('hello')</script>")
# endregion
