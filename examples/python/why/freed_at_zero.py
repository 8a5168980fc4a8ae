import weakref


class Buffer:
    pass


# region main
buffer = Buffer()
weakref.finalize(buffer, print, "  buffer freed")

print("before del")
del buffer  # CPython: the count reaches zero here, and the object is freed at once
print("after del")
# endregion
