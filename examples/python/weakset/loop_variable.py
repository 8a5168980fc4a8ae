# A for loop leaves its variable bound to the last
# member it visited. That name is a strong
# reference: it keeps one member of the WeakSet
# alive after the loop is over.
import gc
import weakref


class Job:
    def __init__(self, name):
        self.name = name


# region main
jobs = [Job("build"), Job("test")]
running = weakref.WeakSet(jobs)

for job in running:
    pass  # look at each job

# The owners let go of every job ...
jobs.clear()
gc.collect()
# ... but `job` still holds one.
print("still running:", len(running))

del job
gc.collect()
print("after del job:", len(running))
# endregion
