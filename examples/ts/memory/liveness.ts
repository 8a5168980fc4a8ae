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
const alive = (ref: WeakRef<object>) => ref.deref() !== undefined;
console.log('unused still there:', alive(unusedRef));
console.log('used still there:', alive(usedRef));
console.log('used:', used.theme); // read after the collection
// #endregion
