import weakref


class Resource:
    pass


def release(name):
    print("released", name)
    return "done"


# region main
res = Resource()
fin = weakref.finalize(res, release, "first")
obj, func, args, kwargs = fin.peek()  # look without changing anything
print(obj is res, func.__name__, args)

print("call it early:", fin())   # runs once, now, and returns the result
print("alive:", fin.alive)

res2 = Resource()
fin2 = weakref.finalize(res2, release, "second")
obj, func, args, kwargs = fin2.detach()  # unregister: it will never run
print("detached:", args, "| alive:", fin2.alive, "| peek:", fin2.peek())
print("detach again:", fin2.detach())
# endregion
