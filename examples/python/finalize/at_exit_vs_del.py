# Objects still alive when the program ends: their
# finalize callbacks run (atexit=True), but
# whether __del__ runs is up to the runtime.
import weakref


class WithDel:
    def __del__(self):
        print("__del__ at exit")


class Plain:
    pass


# region main
a = WithDel()
b = Plain()
weakref.finalize(b, print, "finalize at exit")
print("end of the program")
# endregion
