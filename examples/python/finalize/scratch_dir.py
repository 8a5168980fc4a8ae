# A class that owns a temporary directory and
# removes it through a finalizer: on close(), when
# collected, or at exit, whichever comes first,
# and only once.
import atexit
import gc
import os
import shutil
import tempfile
import weakref

paths = {}


# registered first: runs last
def report():
    for label, path in paths.items():
        print(f"at the very end, {label} exists:",
              os.path.isdir(path))


atexit.register(report)


# region main
def remove_tree(label, path):
    print("removing", label)
    shutil.rmtree(path)


class ScratchDir:
    def __init__(self, label):
        self.path = tempfile.mkdtemp()
        self._cleanup = weakref.finalize(
            self, remove_tree, label, self.path)

    def close(self):
        # runs at most once
        self._cleanup()

    @property
    def closed(self):
        return not self._cleanup.alive


first = ScratchDir("first")
first.close()
# nothing left to do
first.close()
print("first closed:", first.closed)

second = ScratchDir("second")
# collected: removed now
del second
gc.collect()

# still alive at exit
third = ScratchDir("third")
print("end of the program")
# endregion
paths.update(first=first.path, third=third.path)
