# The Python half of a pair; the TypeScript half:
# ../../ts/side-by-side/weak_set.ts
import weakref


class Order:
    def __init__(self, number):
        self.number = number


# region main
# Remembers objects without keeping them alive.
processed = weakref.WeakSet()


def process(order):
    if order in processed:
        return "skipped #%d" % order.number
    processed.add(order)
    return "processed #%d" % order.number


order = Order(7)
print(process(order), "|", process(order))
# Forget it: it will be processed again.
processed.discard(order)
print(process(order))
# endregion
