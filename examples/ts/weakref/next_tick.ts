const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');

// #region main
// A new WeakRef whose target nothing else holds.
function fresh(): WeakRef<object> {
  return new WeakRef({});
}
// Queues a nextTick callback that calls gc(), and
// resolves with whether the target survived it.
const gcInNextTick = (ref: WeakRef<object>) =>
  new Promise<boolean>((resolve) => {
    process.nextTick(() => {
      gc();
      resolve(ref.deref() !== undefined);
    });
  });

// Pending when awaited, settled by a microtask:
// the microtask queue never runs empty, so the
// target is still kept.
const ref = fresh();
await new Promise((resolve) => {
  queueMicrotask(() => resolve(0));
});
gc();
const kept = ref.deref() !== undefined;
console.log('after queueMicrotask:', kept);

// This code runs in a microtask (it follows an
// await). Node.js runs a nextTick queued here
// only after the microtask queue has run empty,
// and the kept list was cleared then.
const fromMicrotask = await gcInNextTick(fresh());
console.log(
  'nextTick from a microtask:',
  fromMicrotask,
);

// A timer callback is not a microtask: Node.js
// runs a nextTick queued there before the
// microtasks, so the list still holds the target.
const fromTimer = await new Promise((resolve) => {
  setTimeout(() => {
    resolve(gcInNextTick(fresh()));
  }, 0);
});
console.log('nextTick from a timer:', fromTimer);
// #endregion
