# Up to Python 3.13, and on PyPy, a WeakSet
# postpones removing a member that dies during a
# loop over it. add() and discard() carry out
# those removals first, even when the call itself
# changes nothing (a member added again, a
# non-member discarded), so the loop fails at its
# next step. Python 3.14 loops over a copy and
# postpones nothing.
import gc
import weakref


class Job:
    pass


# region main
CHANGES = {
    "add(a member)": lambda s, job: s.add(job),
    "discard(a non-member)": lambda s, job: s.discard(Job()),
}
for label, change in CHANGES.items():
    owners = [Job(), Job(), Job()]
    jobs = weakref.WeakSet(owners)
    try:
        for job in jobs:
            owners.clear()  # the other two die
            gc.collect()
            change(jobs, job)  # changes no member
        print(f"{label:22} in the loop: no error")
    except RuntimeError as error:
        print(f"{label:22} in the loop: RuntimeError: {error}")
# endregion
