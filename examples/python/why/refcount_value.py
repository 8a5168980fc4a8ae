# The raw value of sys.getrefcount for a fresh
# object that one local variable refers to. It is
# an implementation detail, and the runtimes
# disagree.
import sys


# region main
def count_of_new_list():
    # Exactly one reference from the program's
    # point of view.
    data = []
    return sys.getrefcount(data)


if hasattr(sys, "getrefcount"):
    print("getrefcount:", count_of_new_list())
else:
    print("no sys.getrefcount on this interpreter")
# endregion
