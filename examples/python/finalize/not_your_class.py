# A finalizer can be attached to an object whose class you did
# not write and cannot change, here an io.StringIO.
import gc
import io
import os
import shutil
import tempfile
import weakref

# region main
buffer = io.StringIO()           # a standard-library class
scratch = tempfile.mkdtemp()     # lives as long as the buffer
weakref.finalize(buffer, shutil.rmtree, scratch)

print("directory exists:", os.path.isdir(scratch))
del buffer
gc.collect()
print("after the buffer is gone:", os.path.isdir(scratch))
# endregion
