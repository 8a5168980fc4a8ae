const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
const registry = new FinalizationRegistry<string>((held) => {
  console.log('cleanup for', held);
});
const token = {};
let target: object | undefined = {};
registry.register(target, 'the target', token);

target = undefined;
gc(); // the target dies: cleanup due, not run
// Still the same job: the registry has it.
const found = registry.unregister(token);
console.log('unregister() found it:', found);

for (let i = 0; i < 5; i++) await nextTask();
console.log('done');
// #endregion
