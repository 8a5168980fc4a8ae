# Which functions carry the CO_NESTED flag: only
# those defined inside another function.
# Module-level functions and lambdas and functions
# defined in a class body do not.
# (3.13t's deferred reference counting selects
# functions by this flag.)
import inspect


def top():
    pass


def outer():
    def inner():
        pass

    return inner, lambda: None


class Widget:
    def method(self):
        pass

    as_lambda = lambda self: None


# region main
inner, nested_lambda = outer()
functions = {
    "module-level def": top,
    "module-level lambda": lambda: None,
    "method": Widget.method,
    "lambda in a class body": Widget.as_lambda,
    "def inside a function": inner,
    "lambda inside a function": nested_lambda,
}
for label, fn in functions.items():
    nested = bool(fn.__code__.co_flags & inspect.CO_NESTED)
    print(f"{label}: CO_NESTED {nested}")
# endregion
