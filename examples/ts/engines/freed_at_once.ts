// No gc() call anywhere: what does the
// engine free by itself?

// #region main
let target: object | undefined = {
  name: 'temporary',
};
const ref = new WeakRef(target);
// The last strong reference goes:
target = undefined;

// Still the same synchronous run, no collection:
const alive = ref.deref() !== undefined;
console.log('right after the drop:', alive);
// #endregion
