# finalize stores func, args and kwargs when you
# create it. The cleanup gets those values, not
# whatever the object holds at the time it dies.
import gc
import weakref


class TempFile:
    def __init__(self, path):
        self.path = path


def remove(path, *, missing_ok):
    print("removing", path, "| missing_ok:", missing_ok)


# region main
f = TempFile("/tmp/draft-1.txt")
fin = weakref.finalize(f, remove, f.path, missing_ok=True)

# Too late: the finalizer has the old path.
f.path = "/tmp/draft-2.txt"
print("stored:", fin.peek()[2:])  # (args, kwargs)

del f
gc.collect()
# endregion
