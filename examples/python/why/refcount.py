import sys

# region main
data = []
if hasattr(sys, "getrefcount"):
    # Compare two readings: the absolute value is
    # an implementation detail.
    before = sys.getrefcount(data)
    alias = data  # one more reference
    print("one more after aliasing:",
          sys.getrefcount(data) - before)
    del alias
    print("back to where it was:",
          sys.getrefcount(data) == before)
else:
    print("this interpreter keeps no reference counts")
# endregion
