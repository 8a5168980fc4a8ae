const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
const target = {}; // alive: read again at the end
const token = {};
type Registry = FinalizationRegistry<object>;
const kept: Registry = new FinalizationRegistry(
  () => {},
);
let lost: Registry | undefined =
  new FinalizationRegistry(() => {});

// A WeakRef of its own watches each held value.
function watchedRegister(
  registry: Registry,
  unregisterToken?: object,
): WeakRef<object> {
  const held = { note: 'held value' };
  registry.register(
    target,
    held,
    unregisterToken,
  );
  return new WeakRef(held);
}
const unregistered = watchedRegister(kept, token);
const registered = watchedRegister(kept, target);
const inLostRegistry = watchedRegister(lost);

kept.unregister(token);
lost = undefined; // the registry is unreachable
await nextTask();
gc();
const watched: [string, WeakRef<object>][] = [
  ['still registered', registered],
  ['after unregister()', unregistered],
  ['registry collected', inLostRegistry],
];
for (const [label, ref] of watched) {
  const alive = ref.deref() !== undefined;
  console.log(`${label}:`, alive);
}
// Reading `kept` and `target` here keeps both
// live to now.
const removed = kept.unregister(target);
console.log('unregistered now:', removed);
// #endregion
