# A finalizer on the running module itself. In a
# script the module outlives the program, so the
# finalizer runs at exit, with the module's
# globals still in place.
import sys
import weakref

connections = ["db", "cache"]


# region main
def close_connections():
    # reads the module's globals through the
    # function's own __globals__, which does not
    # keep the module object alive
    print("closing", connections)


weakref.finalize(sys.modules[__name__], close_connections)
print("end of the program")
# endregion
