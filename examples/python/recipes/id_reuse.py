# Can a new object receive the id of a dead object
# whose clean-up callback has not run yet? Each
# round labels 1,000 short-lived objects by id,
# with a finalizer that removes the label; a new
# object whose id is still in the table is a
# stale hit.
# check: timeout=30
import weakref


class Point:
    pass


# region main
labels = {}
stale_hits = 0
for _ in range(40):
    points = [Point() for _ in range(1000)]
    for point in points:
        if id(point) in labels:
            stale_hits += 1  # a dead one's entry
        weakref.finalize(point, labels.pop, id(point), None)
        labels[id(point)] = "label"
    del points, point
print("new object found a dead one's entry:", stale_hits > 0)
# endregion
# mistake: region main
