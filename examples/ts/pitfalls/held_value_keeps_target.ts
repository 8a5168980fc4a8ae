const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

interface Connection {
  id: string;
}

// #region main
const registry = new FinalizationRegistry<() => void>((cleanup) => cleanup());

let wrong: Connection | undefined = { id: 'wrong' };
// The held value is a closure over `wrong`: the registry holds it strongly, so the
// target stays reachable and the cleanup can never run.
const captured = wrong;
registry.register(wrong, () => console.log('closed', captured.id));

let right: Connection | undefined = { id: 'right' };
const id = right.id; // copy the data the cleanup needs
registry.register(right, () => console.log('closed', id));

wrong = undefined;
right = undefined;
await nextTask();
gc();
await nextTask();
console.log('done');
// #endregion
