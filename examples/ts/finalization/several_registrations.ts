const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
// Each callback records its call, then queues
// a microtask.
interface Call {
  registry: string;
  held: string;
  pending: number; // microtasks still queued
}
const calls: Call[] = [];
let pending = 0;
function cleanup(registry: string) {
  return (held: string) => {
    calls.push({ registry, held, pending });
    pending++;
    queueMicrotask(() => pending--);
  };
}
const first = new FinalizationRegistry(
  cleanup('first'),
);
const second = new FinalizationRegistry(
  cleanup('second'),
);

(() => {
  const target = {};
  // One target, three times in one registry ...
  first.register(target, 'a');
  first.register(target, 'b');
  first.register(target, 'c');
  // ... and once in another:
  second.register(target, 'x');
})();
await nextTask();
gc();
for (let i = 0; i < 3; i++) await nextTask();

// One call per registration, in an order the spec
// leaves open:
for (const registry of ['first', 'second']) {
  const values = calls
    .filter((c) => c.registry === registry)
    .map((c) => c.held)
    .sort()
    .join(', ');
  console.log(`${registry} got:`, values);
}
// When the registry called last began, were the
// microtasks queued by the other one's callbacks
// still waiting?
const last = calls.at(-1)!.registry;
const start = calls.find(
  (c) => c.registry === last,
)!;
console.log(
  'microtasks still pending then:',
  start.pending,
);
// #endregion
