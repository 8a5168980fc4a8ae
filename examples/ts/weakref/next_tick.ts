const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');

// #region main
// A fresh WeakRef whose target nothing else refers to.
function fresh(): WeakRef<object> {
  return new WeakRef({});
}

// Pending when awaited, settled by a microtask: the microtask
// queue never runs empty, so the target is still kept.
let ref = fresh();
await new Promise((resolve) => {
  queueMicrotask(() => resolve(0));
});
gc();
console.log('after queueMicrotask:', ref.deref() !== undefined);

// Node.js runs process.nextTick callbacks after the microtask
// queue has run empty, so the kept list is cleared first.
ref = fresh();
await new Promise((resolve) => process.nextTick(resolve));
gc();
console.log('after a nextTick:', ref.deref() !== undefined);
// #endregion
