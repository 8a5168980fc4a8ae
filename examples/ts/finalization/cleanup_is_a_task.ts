const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
const log: string[] = [];
const registry = new FinalizationRegistry<string>((name) => {
  log.push(`cleanup for ${name}`);
  queueMicrotask(() => log.push('a microtask it queued'));
});
// Registered in a function of its own, so no
// variable of this module's scope can still point
// at the target.
function registerTemporary(): void {
  registry.register({}, 'a temporary');
}
registerTemporary();

// A new task: the kept list is empty.
await nextTask();
gc(); // the target is gone; its cleanup is queued
log.push('the rest of the task that called gc()');
await Promise.resolve();
log.push('a microtask after it');

for (let i = 0; i < 10 && log.length < 4; i++) await nextTask();
console.log(log.join('\n'));
// #endregion
