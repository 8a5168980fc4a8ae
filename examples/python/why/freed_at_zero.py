import weakref


class Buffer:
    pass


def freed(ref):
    # `ref` weakly refers to the buffer: gone yet?
    state = "gone" if ref() is None else "STILL ALIVE"
    print("  finalizer ran; the buffer is", state)


# region main
buffer = Buffer()
weakref.finalize(buffer, freed, weakref.ref(buffer))

print("before del")
# On CPython the count reaches zero: freed here.
del buffer
print("after del")
# endregion
