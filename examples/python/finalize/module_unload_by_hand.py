# A module that is really unloaded: once
# sys.modules and every name for it let go, the
# module object is freed and its finalizer runs,
# whose function still sees the module's globals.
import gc
import sys
import types
import weakref

SOURCE = """
state = {"open": True}

def close():
    state["open"] = False
    print("plugin closed:", state)
"""

# region main
plugin = types.ModuleType("plugin")
exec(SOURCE, plugin.__dict__)
sys.modules["plugin"] = plugin
unloaded = weakref.finalize(plugin, plugin.close)

del sys.modules["plugin"]
del plugin  # the last reference to the module
gc.collect()
print("finalizer alive:", unloaded.alive)
print("end of the program")
# endregion
