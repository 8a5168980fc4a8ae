import weakref


class Cache:
    pass


def flush(name):
    print("flushing", name)


# region main
first = Cache()  # still alive when the program ends
weakref.finalize(first, flush, "first")  # atexit=True (the default): runs at exit

second = Cache()
weakref.finalize(second, flush, "second")

silent = Cache()
weakref.finalize(silent, flush, "silent").atexit = False  # skipped at exit

print("end of the program")
# At exit, the remaining finalizers run in reverse order of creation.
# endregion
