const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

interface Person {
  name: string;
  friend?: Person;
}

// #region main
const collected: string[] = [];
const registry = new FinalizationRegistry<string>((name) => {
  collected.push(name);
});

function meet(): void {
  const ada: Person = { name: 'ada' };
  const bob: Person = { name: 'bob', friend: ada };
  // A cycle: each refers to the other.
  ada.friend = bob;
  registry.register(ada, 'ada');
  registry.register(bob, 'bob');
}

meet();
// Each still has a reference from the other, so a
// reference count would never reach zero. A
// tracing collector starts from the roots
// instead, finds neither, and frees both.
await nextTask();
gc();
await nextTask();
// In which order the callbacks run is not
// specified (it varies from run to run on Node),
// so sort before printing.
console.log('collected:', collected.sort().join(', '));
// #endregion
