# Adding to a WeakSet while looping over it:
# before Python 3.14 the underlying set changes
# size and the loop fails; since 3.14 the loop
# runs over a copy and does not see new members.
import weakref


class Job:
    pass


# region main
kept = [Job(), Job()]
jobs = weakref.WeakSet(kept)
try:
    for job in jobs:
        extra = Job()
        kept.append(extra)
        jobs.add(extra)
    print("no error; members now:", len(jobs))
except RuntimeError as error:
    print("RuntimeError:", error)
# endregion
