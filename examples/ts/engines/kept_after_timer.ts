const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');

// #region main
// A timer callback is a task of its own. Its
// synchronous code creates a WeakRef (which puts
// the target on the kept list) and queues a
// microtask; both check the target after a gc().
await new Promise<void>((resolve) => {
  setTimeout(() => {
    const ref = new WeakRef({});
    gc();
    const kept = ref.deref() !== undefined;
    console.log('in the timer callback:', kept);
    queueMicrotask(() => {
      gc();
      const kept = ref.deref() !== undefined;
      console.log('in a microtask it queued:', kept);
      resolve();
    });
  }, 0);
});
// #endregion
