const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// #region main
// The held value is passed to the callback; it must not be the target itself.
const registry = new FinalizationRegistry<string>((held) => {
  console.log('cleanup for', held);
});

let file: object | undefined = {};
let socket: object | undefined = {};
const token = {}; // any object: identifies registrations for unregister()

registry.register(file, 'file #1');
registry.register(socket, 'socket #2', token);
console.log('unregistered:', registry.unregister(token)); // socket: no callback

file = undefined;
socket = undefined;
await nextTask();
gc();
await nextTask(); // callbacks run in a later task, if at all
console.log('done');
// #endregion
