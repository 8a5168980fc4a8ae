const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
// `unused` stays in scope to the end ...
const unused = { theme: 'dark' };
const used = { theme: 'light' };
// ... but is read for the last time here:
const unusedRef = new WeakRef(unused);
const usedRef = new WeakRef(used);

await nextTask();
gc();
const alive = (ref: WeakRef<object>) =>
  ref.deref() !== undefined;
console.log('unused still there:', alive(unusedRef));
console.log('used still there:', alive(usedRef));
// Read after the collection:
console.log('used:', used.theme);
// #endregion
