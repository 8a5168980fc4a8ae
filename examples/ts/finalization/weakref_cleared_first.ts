const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
let ref: WeakRef<object> | undefined;
const registry = new FinalizationRegistry<string>((held) => {
  // By the time a cleanup runs, every WeakRef to
  // the target has already been emptied: the
  // target cannot come back.
  console.log(`cleanup for ${held}, deref():`, ref?.deref());
});

function open(): void {
  const file = {};
  ref = new WeakRef(file);
  registry.register(file, 'file');
}

open();
await nextTask();
gc();
console.log('after gc(), deref():', ref?.deref());
await nextTask();
// #endregion
