import weakref


class Resource:
    pass


def release(name):
    print("released", name)
    return "done"


# region main
res = Resource()
fin = weakref.finalize(res, release, "first")
# Look without changing anything.
obj, func, args, kwargs = fin.peek()
print(obj is res, func.__name__, args)

# Runs once, now, and returns the result.
print("call it early:", fin())
print("alive:", fin.alive)

res2 = Resource()
fin2 = weakref.finalize(res2, release, "second")
# Unregister: it will never run.
obj, func, args, kwargs = fin2.detach()
print("detached:", args, "| alive:", fin2.alive,
      "| peek:", fin2.peek())
print("detach again:", fin2.detach())
# endregion
