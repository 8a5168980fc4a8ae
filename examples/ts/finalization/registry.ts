const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
// The held value is passed to the callback; it
// must not be the target itself.
const registry = new FinalizationRegistry<string>((held) => {
  console.log('cleanup for', held);
});
// Any object: it names what to unregister.
const token = {};

function work(): void {
  const file = {};
  const socket = {};
  registry.register(file, 'file #1');
  registry.register(socket, 'socket #2', token);
} // both objects are unreachable from here on

work();
// The token names the socket's registration:
console.log('unregistered:', registry.unregister(token));
await nextTask();
gc();
// Callbacks run in a later task, if at all:
await nextTask();
console.log('done');
// #endregion
