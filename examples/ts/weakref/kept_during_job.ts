const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');

// #region main
let target: object | undefined = {};
const ref = new WeakRef(target);
target = undefined;

// Creating or dereferencing a WeakRef keeps the target alive until the current
// job (the synchronous run of code) ends, even through a forced collection:
gc();
console.log('same job, after gc():', ref.deref() !== undefined);

// After the job ends, nothing protects it any more.
setTimeout(() => {
  gc();
  console.log('next task, after gc():', ref.deref() !== undefined);
}, 0);
// #endregion
