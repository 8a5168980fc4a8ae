// Run with `node --expose-gc`: gc() forces a
// collection so the output is deterministic.
const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
interface User {
  name: string;
}

let user: User | undefined = { name: 'ada' };
const ref = new WeakRef(user);

// deref() returns the target or undefined:
// always check before use.
console.log('alive:', ref.deref()?.name);

// Drop the only strong reference, let the
// microtask queue drain, then collect:
user = undefined;
await nextTask();
gc();
console.log('after collection:', ref.deref());
// #endregion
