import weakref


class Cache:
    pass


def flush(name):
    print("flushing", name)


# region main
kept = Cache()  # still alive when the program ends
weakref.finalize(kept, flush, "kept")  # atexit=True (the default): runs at exit

silent = Cache()
weakref.finalize(silent, flush, "silent").atexit = False  # skipped at exit

print("end of the program")
# endregion
