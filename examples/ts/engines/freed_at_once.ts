// No gc() call anywhere: what does the
// engine free by itself?

// #region main
let target: object | undefined = { name: 'temporary' };
const ref = new WeakRef(target);
// The last strong reference goes:
target = undefined;

// Still the same synchronous run, no collection:
console.log('right after the drop:', ref.deref() !== undefined);
// #endregion
