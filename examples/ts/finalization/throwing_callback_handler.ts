const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
process.on('uncaughtException', (error) => {
  console.log('handler caught:', error.message);
});
process.on('exit', (code) => console.log('exit code:', code));

const registry = new FinalizationRegistry<string>((held) => {
  throw new Error(`cleanup for ${held} failed`);
});
(() => registry.register({}, 'file'))();
await nextTask();
gc();
await nextTask(); // the callback throws here
await nextTask();
console.log('still running');
// #endregion
