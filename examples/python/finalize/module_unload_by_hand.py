# A module object that is really unloaded: once sys.modules and
# every name for it let go, its finalizer runs.
import gc
import sys
import types
import weakref

# region main
plugin = types.ModuleType("plugin")
exec("state = {'open': True}", plugin.__dict__)
sys.modules["plugin"] = plugin

weakref.finalize(plugin, print, "plugin unloaded")

del sys.modules["plugin"]
print("still imported somewhere:", plugin.state)
del plugin                       # the last reference
gc.collect()
print("end of the program")
# endregion
