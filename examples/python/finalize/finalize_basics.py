import gc
import weakref


class TempFile:
    def __init__(self, path):
        self.path = path


# region main
def remove(path):
    print("removing", path)


f = TempFile("/tmp/report.csv")
# Arguments are stored by the finalizer: pass what
# the cleanup needs, never the object.
fin = weakref.finalize(f, remove, f.path)
print("alive:", fin.alive)

del f
gc.collect()
print("alive:", fin.alive)
print("calling again does nothing:", fin())
# endregion
