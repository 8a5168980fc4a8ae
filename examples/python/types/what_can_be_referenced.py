# Tries weakref.ref on one object of each kind and
# prints a Markdown-style table row.
import array
import collections
import io
import re
import threading
import weakref


class Plain:
    def method(self):
        pass


class Slotted:
    __slots__ = ("x",)


class SlottedWithWeakref:
    __slots__ = ("x", "__weakref__")


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MyBytes(bytes):
    pass


class MyFloat(float):
    pass


def function():
    pass


def generator():
    yield


# region main
candidates = [
    ("instance of a class", Plain()),
    ("class with __slots__", Slotted()),
    ("__slots__ with '__weakref__'", SlottedWithWeakref()),
    ("list", [1, 2]),
    ("subclass of list", MyList()),
    ("dict", {}),
    ("subclass of dict", MyDict()),
    ("object()", object()),
    ("set", {1}),
    ("frozenset", frozenset({1})),
    ("int", 12345),
    ("subclass of int", MyInt(5)),
    ("str", "text"),
    ("subclass of str", MyStr("text")),
    ("tuple", (1, 2)),
    ("subclass of tuple", MyTuple()),
    ("bytes", b"data"),
    ("subclass of bytes", MyBytes(b"data")),
    ("bytearray", bytearray(b"data")),
    ("float", 1.5),
    ("subclass of float", MyFloat(1.5)),
    ("complex", 1j),
    ("range", range(3)),
    ("None", None),
    ("function", function),
    ("lambda", lambda: None),
    ("bound method", Plain().method),
    ("built-in function (len)", len),
    ("built-in method", [].append),
    ("class (type)", Plain),
    ("generator", generator()),
    ("module", weakref),
    ("code object", function.__code__),
    ("collections.deque", collections.deque()),
    ("array.array", array.array("i")),
    ("regex pattern", re.compile("x")),
    ("file object (open)", open(__file__)),
    ("file object (io.StringIO)", io.StringIO()),
    ("threading.Lock", threading.Lock()),
]
print("| object | weakref.ref |")
print("| --- | --- |")
for label, obj in candidates:
    try:
        weakref.ref(obj)
        verdict = "yes"
    except TypeError:
        verdict = "no (TypeError)"
    print(f"| {label} | {verdict} |")
# endregion
