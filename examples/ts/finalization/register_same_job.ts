const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
const registry = new FinalizationRegistry<string>((held) => {
  console.log('cleanup for', held);
});
// register() holds its target weakly and, unlike new WeakRef(),
// does not add it to the kept list:
(() => registry.register({}, 'registered in this job'))();
gc(); // the same synchronous job: no await, no timer before it
await nextTask();
console.log('done');
// #endregion
