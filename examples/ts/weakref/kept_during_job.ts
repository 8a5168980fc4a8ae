const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');

// #region main
let target: object | undefined = {};
// This puts the target on the kept list:
const ref = new WeakRef(target);
target = undefined; // only the WeakRef is left
const alive = () => ref.deref() !== undefined;

// 1. A forced collection in the same synchronous
//    run of code, before anything could have
//    cleared the kept list:
gc();
console.log('same job:', alive());

// 2. After 100 awaits: each resumes in a
//    microtask, and the microtask queue has not
//    yet run empty:
for (let i = 0; i < 100; i++) {
  await Promise.resolve();
}
gc();
console.log('after 100 awaits:', alive());

// 3. In a timer callback (a macrotask): it runs
//    only once the microtask queue has run empty:
await new Promise((resolve) =>
  setTimeout(resolve, 0),
);
gc();
console.log('after a timer:', alive());
// #endregion
