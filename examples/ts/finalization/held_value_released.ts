const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
const target = {}; // alive: read again at the end
const token = {};
const kept = new FinalizationRegistry<object>(() => {});
let lost: FinalizationRegistry<object> | undefined =
  new FinalizationRegistry<object>(() => {});

// A WeakRef of its own watches each held value.
function watchedRegister(
  registry: FinalizationRegistry<object>,
  unregisterToken?: object,
): WeakRef<object> {
  const held = { note: 'held value' };
  registry.register(target, held, unregisterToken);
  return new WeakRef(held);
}
const unregistered = watchedRegister(kept, token);
const registered = watchedRegister(kept, target);
const inLostRegistry = watchedRegister(lost);

kept.unregister(token);
lost = undefined; // the registry is unreachable
await nextTask();
gc();
const alive = (ref: WeakRef<object>) =>
  ref.deref() !== undefined;
console.log('still registered:', alive(registered));
console.log('after unregister():', alive(unregistered));
console.log('registry collected:', alive(inLostRegistry));
// Reading `kept` and `target` here keeps both
// live to now.
console.log('unregistered now:', kept.unregister(target));
// #endregion
