const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// #region main
const settings = { theme: 'dark' }; // in scope to the end ...
const ref = new WeakRef(settings);
// ... but never used again below this line.

await nextTask();
gc();
console.log('still there:', ref.deref() !== undefined);
// #endregion
