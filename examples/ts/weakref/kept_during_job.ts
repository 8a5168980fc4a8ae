const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');

// #region main
let target: object | undefined = {};
const ref = new WeakRef(target);
target = undefined; // only the WeakRef is left

// Creating or dereferencing a WeakRef keeps the target alive until the current
// synchronous run of code is over, even through a forced collection:
gc();
console.log('same job, after gc():', ref.deref() !== undefined);

// Node and browsers release such targets only once the microtask queue is empty,
// so awaiting a promise (a microtask) is not enough...
await Promise.resolve();
gc();
console.log('after a microtask, after gc():', ref.deref() !== undefined);

// ... but after a macrotask (a timer) nothing protects it any more.
await new Promise((resolve) => setTimeout(resolve, 0));
gc();
console.log('next task, after gc():', ref.deref() !== undefined);
// #endregion
