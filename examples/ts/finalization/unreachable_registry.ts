const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
const log = (held: string) => console.log('cleanup for', held);
const kept = new FinalizationRegistry<string>(log);

function registerBoth(): void {
  kept.register({}, 'kept registry');
  // This registry is a local: nothing refers to
  // it after the function returns, so it is
  // collected along with its targets and its
  // callback is never called.
  const lost = new FinalizationRegistry<string>(log);
  lost.register({}, 'lost registry');
}

registerBoth();
await nextTask();
gc();
for (let i = 0; i < 5; i++) await nextTask();
console.log('done');
// #endregion
