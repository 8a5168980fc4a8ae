# A proxy's type implements the operator slots
# (numbers including @, sequences, mappings,
# iteration, index) and a few named methods such
# as __bytes__ and __reversed__ by calling the
# referent. Other special methods, which Python
# looks up on the type, are not forwarded:
# __enter__/__exit__, __round__,
# __floor__, __fspath__.
import math
import os
import weakref


class Vector:
    def __matmul__(self, other):
        return "matmul"

    def __index__(self):
        return 2

    def __reversed__(self):
        return iter("dcba")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def __round__(self, ndigits=None):
        return 7

    def __floor__(self):
        return 3

    def __float__(self):
        return 1.5

    def __fspath__(self):
        return "/tmp/vector"


# region main
v = Vector()
p = weakref.proxy(v)
print("p @ 1 ->", p @ 1)
print("[10, 20, 30][p] ->", [10, 20, 30][p])
print("reversed(p) ->", "".join(reversed(p)))
print("math.floor(p) ->", math.floor(p), "(via __float__)")


def attempt(label, operation):
    try:
        operation()
    except (TypeError, AttributeError):
        print(label, "-> not forwarded")


def use_in_with():
    with p:
        pass


attempt("with p", use_in_with)
attempt("round(p)", lambda: round(p))
attempt("os.fspath(p)", lambda: os.fspath(p))
# endregion
