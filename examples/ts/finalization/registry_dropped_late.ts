const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
let registry: FinalizationRegistry<string> | undefined =
  new FinalizationRegistry<string>((held) => {
    console.log('cleanup for', held);
  });
(() => registry.register({}, 'a target that died first'))();

await nextTask();
gc(); // the target dies while its registry is still reachable
registry = undefined; // then the registry becomes unreachable,
gc(); // and is collected before its cleanup task has run
for (let i = 0; i < 5; i++) await nextTask();
console.log('done');
// #endregion
