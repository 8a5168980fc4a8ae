import platform
import sys

# region main
print("implementation:", platform.python_implementation())
print("has refcounts (sys.getrefcount):",
      hasattr(sys, "getrefcount"))
# endregion
