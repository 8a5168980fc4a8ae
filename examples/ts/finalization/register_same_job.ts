const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
const registry = new FinalizationRegistry<string>((held) => {
  console.log('cleanup for', held);
});
// The control: new WeakRef() adds its target to
// the kept list.
const ref = new WeakRef({});
// register(), which holds it weakly, does not:
(() => registry.register({}, 'registered in this job'))();
gc(); // same job: no await, no timer before it
console.log('WeakRef target kept:', ref.deref() !== undefined);

// The cleanup runs in a later task; the host
// decides which, so give it several timers before
// the last line.
for (let i = 0; i < 5; i++) await nextTask();
console.log('done');
// #endregion
