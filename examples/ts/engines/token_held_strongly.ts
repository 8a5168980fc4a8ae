const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
let callbacks = 0;
const registry = new FinalizationRegistry(() => {
  callbacks++;
});
function watch(): WeakRef<object> {
  const target = {};
  // The target is its own unregister token.
  registry.register(target, 'cleanup', target);
  return new WeakRef(target);
} // only the registration refers to it now

const ref = watch();
await nextTask();
gc();
// Cleanup callbacks run in later tasks.
for (let i = 0; i < 3; i++) await nextTask();
const alive = ref.deref() !== undefined;
console.log('target alive:', alive);
console.log('callbacks run:', callbacks);
// #endregion
