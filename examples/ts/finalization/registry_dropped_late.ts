const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
let registry: FinalizationRegistry<string> | undefined =
  new FinalizationRegistry<string>((held) => {
    console.log('cleanup for', held);
  });
// Registers a target, returns a WeakRef to it.
function registerOne(r: FinalizationRegistry<string>) {
  const target = {};
  r.register(target, 'a target that died first');
  return new WeakRef(target);
}
const target = registerOne(registry);
const registryRef = new WeakRef(registry);

await nextTask();
// The target dies, its registry still reachable:
gc();
console.log('target collected:', target.deref() === undefined);
// Then the registry becomes unreachable, and is
// collected before its cleanup task has run:
registry = undefined;
gc();
const gone = registryRef.deref() === undefined;
console.log('registry collected:', gone);
for (let i = 0; i < 5; i++) await nextTask();
console.log('done');
// #endregion
