const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// #region main
const unused = { theme: 'dark' }; // in scope to the end ...
const used = { theme: 'light' };
const unusedRef = new WeakRef(unused); // ... but never read again
const usedRef = new WeakRef(used);

await nextTask();
gc();
console.log('unused still there:', unusedRef.deref() !== undefined);
console.log('used still there:', usedRef.deref() !== undefined);
console.log('used:', used.theme); // read after the collection
// #endregion
