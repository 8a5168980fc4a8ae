# A finalizer can be attached to an object whose
# class you did not write and cannot change, here
# an io.StringIO.
import gc
import io
import os
import shutil
import tempfile
import weakref

# region main
# An object of a standard-library class, and a
# directory that lives as long as it:
buffer = io.StringIO()
scratch = tempfile.mkdtemp()
weakref.finalize(buffer, shutil.rmtree, scratch)

print("directory exists:", os.path.isdir(scratch))
del buffer
gc.collect()
print("after the buffer is gone:", os.path.isdir(scratch))
# endregion
