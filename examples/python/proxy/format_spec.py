# format() and f-strings look up __format__ on the
# proxy's type. CPython's proxy type does not
# define it, so object.__format__ runs: with a
# format spec it raises TypeError, without one it
# returns str(p), which the proxy forwards to the
# referent's __str__, skipping the referent's own
# __format__. PyPy's proxy forwards __format__.
import weakref


# A float subclass can be weakly referenced.
class Price(float):
    def __format__(self, spec):
        return "€" + float.__format__(self, spec or ".2f")

    def __str__(self):
        return f"Price({float(self)})"


# region main
price = Price(2.5)
p = weakref.proxy(price)
for label, show in [
    ("f'{price:.1f}'", lambda: f"{price:.1f}"),
    ("f'{p:.1f}'", lambda: f"{p:.1f}"),
    ("format(p, '.1f')", lambda: format(p, ".1f")),
    ("f'{price}'", lambda: f"{price}"),
    ("f'{p}'", lambda: f"{p}"),
    ("p.__format__('.1f')", lambda: p.__format__(".1f")),
]:
    try:
        print(f"{label:20} -> {show()}")
    except TypeError as error:
        print(f"{label:20} -> TypeError: {error}")
# endregion
