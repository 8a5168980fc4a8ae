# Members may die while you iterate over a WeakSet: no error, and dead members are skipped.
import gc
import weakref


class Job:
    def __init__(self, name):
        self.name = name


# region main
owners = {name: Job(name) for name in ("build", "test", "deploy")}
running = weakref.WeakSet(owners.values())

seen = []
for job in running:
    seen.append(job.name)
    for name in list(owners):  # meanwhile, every other job is dropped by its owner
        if name != job.name:
            del owners[name]
    gc.collect()

print("jobs visited:", len(seen))  # the two dropped jobs were skipped, without an error
del job
print("jobs left:", len(running))
# endregion
