// The TypeScript half of a pair: ../../python/side-by-side/weak_set.py is the same program in Python.
class Order {
  readonly number: number;
  constructor(number: number) {
    this.number = number;
  }
}

// #region main
// Remembers objects without keeping them alive.
const processed = new WeakSet<Order>();

function process(order: Order): string {
  if (processed.has(order)) return `skipped #${order.number}`;
  processed.add(order);
  return `processed #${order.number}`;
}

const order = new Order(7);
console.log(process(order), '|', process(order));
processed.delete(order); // forget it: it will be processed again
console.log(process(order));
// #endregion
