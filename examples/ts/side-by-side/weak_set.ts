// The TypeScript half of a pair; the Python half:
// ../../python/side-by-side/weak_set.py
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
// Forget it: it will be processed again.
processed.delete(order);
console.log(process(order));
// #endregion
