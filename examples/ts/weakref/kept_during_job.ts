const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');

// #region main
let target: object | undefined = {};
const ref = new WeakRef(target); // adds the target to the kept list
target = undefined; // only the WeakRef is left

// Until the kept list is cleared, even a forced collection
// must leave the target alone:
gc();
console.log('same job:', ref.deref() !== undefined);

// Each await resumes in a new job (a microtask), but the kept
// list is cleared only once the microtask queue is empty:
for (let i = 0; i < 100; i++) await Promise.resolve();
gc();
console.log('after 100 awaits:', ref.deref() !== undefined);

// A timer callback is a new task (a macrotask): by then the
// queue has drained and the list was cleared.
await new Promise((resolve) => setTimeout(resolve, 0));
gc();
console.log('after a timer:', ref.deref() !== undefined);
// #endregion
