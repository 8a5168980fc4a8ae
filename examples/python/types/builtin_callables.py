# Which callables, descriptors and exceptions
# implemented in C can be weakly referenced. On
# CPython, built-in functions and methods (type
# builtin_function_or_method) and
# functools.partial can; method descriptors, slot
# wrappers, method-wrappers, operator.itemgetter
# and the built-in exceptions cannot, except
# ExceptionGroup (3.11+), which CPython creates at
# start-up as a class statement would. PyPy
# implements many of them as ordinary functions
# and methods, which can, but not all. An
# exception class defined in Python (without
# __slots__) gets the slot, like any such class.
import functools
import operator
import sys
import weakref


class AppError(Exception):
    pass


# region main
candidates = [
    ("len", len),
    ("[].append", [].append),
    ("str.join", str.join),
    ("int.__add__", int.__add__),
    ("(1).__add__", (1).__add__),
    ("dict.__dict__['fromkeys']",
     dict.__dict__["fromkeys"]),
    ("functools.partial(len)",
     functools.partial(len)),
    ("operator.itemgetter(0)",
     operator.itemgetter(0)),
    ("BaseException()", BaseException()),
    ("Exception()", Exception()),
    ("ValueError()", ValueError()),
    ("OSError()", OSError()),
    ("AppError() (a subclass)", AppError()),
]
if sys.version_info >= (3, 11):  # new in 3.11
    errors = [ValueError(), OSError()]
    group = ExceptionGroup("two", errors)
    entry = ("ExceptionGroup(...)", group)
    candidates.append(entry)
print("| object | its type | weakref.ref |")
print("| --- | --- | --- |")
for label, obj in candidates:
    try:
        weakref.ref(obj)
        verdict = "yes"
    except TypeError:
        verdict = "no"
    kind = type(obj).__name__
    print(f"| {label} | {kind} | {verdict} |")
# endregion
