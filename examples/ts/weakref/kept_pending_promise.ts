const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');

// #region main
let target: object | undefined = {};
// This puts the target on the kept list:
const ref = new WeakRef(target);
target = undefined;
const kept = () => ref.deref() !== undefined;

// This promise is still pending when it is
// awaited; another microtask settles it, so the
// queue never runs empty between.
await new Promise((resolve) => {
  queueMicrotask(() => resolve(0));
});
gc();
console.log('after a pending await:', kept());

// A timer is a task: the queue empties before it.
await new Promise((resolve) => setTimeout(resolve, 0));
gc();
console.log('after a timer:', kept());
// #endregion
