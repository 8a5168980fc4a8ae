const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
const events: string[] = [];
const registry = new FinalizationRegistry<string>((held) => {
  events.push(`cleanup for ${held}`);
});
(() => registry.register({}, 'x'))();
await nextTask();

gc();
events.push('gc() returned');
for (let i = 0; i < 10; i++) await Promise.resolve();
events.push('10 microtasks later');
await nextTask();
events.push('after a timer');
console.log(events.join('\n'));
// #endregion
