# Members may die while you iterate over a
# WeakSet: no error, and dead members are skipped.
import gc
import weakref


class Job:
    def __init__(self, name):
        self.name = name


# region main
owners = {name: Job(name)
          for name in ("build", "test", "deploy")}
running = weakref.WeakSet(owners.values())

seen = []
for job in running:
    seen.append(job.name)
    # Meanwhile, every other job is dropped.
    for name in list(owners):
        if name != job.name:
            del owners[name]
    gc.collect()

# The two dropped jobs were skipped, no error.
print("jobs visited:", len(seen))
del job
print("jobs left:", len(running))
# endregion
