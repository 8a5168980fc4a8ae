import weakref


class Cache:
    pass


def flush(name):
    print("flushing", name)


# region main
first = Cache()  # alive when the program ends
# atexit=True (the default): runs at exit.
weakref.finalize(first, flush, "first")

second = Cache()
weakref.finalize(second, flush, "second")

silent = Cache()
# Skipped at exit.
weakref.finalize(silent, flush, "silent").atexit = False

print("end of the program")
# At exit, remaining finalizers run in reverse
# creation order.
# endregion
