# The raw value of sys.getrefcount for a fresh
# object that one local variable refers to. It is
# an implementation detail; the runtimes disagree.
import sys


# region main
def count_of_new_list():
    # To the program, exactly one reference.
    data = []
    return sys.getrefcount(data)


if hasattr(sys, "getrefcount"):
    print("getrefcount:", count_of_new_list())
else:
    print("no sys.getrefcount on this interpreter")
# endregion
