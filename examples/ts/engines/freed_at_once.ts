// No gc() call anywhere: what does the engine
// free by itself?

// #region main
let target: object | undefined = {
  name: 'temporary',
};
const ref = new WeakRef(target);
// the last strong reference is gone
target = undefined;

// Still the same synchronous run of code, and no
// collection:
const alive = ref.deref() !== undefined;
console.log('right after the drop:', alive);
// #endregion
