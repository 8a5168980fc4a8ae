# The Python half of a pair: ../../ts/side-by-side/weak_set.ts is the same program in TypeScript.
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
processed.discard(order)  # forget it: it will be processed again
print(process(order))
# endregion
