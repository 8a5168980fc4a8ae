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


def report():  # registered first: runs last
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
        self._cleanup()  # runs at most once

    @property
    def closed(self):
        return not self._cleanup.alive


first = ScratchDir("first")
first.close()
first.close()  # nothing left to do
print("first closed:", first.closed)

second = ScratchDir("second")
del second  # collected: removed now
gc.collect()

third = ScratchDir("third")  # alive at exit
print("end of the program")
# endregion
paths.update(first=first.path, third=third.path)
