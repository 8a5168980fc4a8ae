// The TypeScript half of a pair; the Python half:
// ../../python/side-by-side/weak_ref.py
const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');

interface User {
  name: string;
}

// #region main
let user: User | undefined = { name: 'ada' };
// The WeakRef keeps the object alive only briefly
// (in Node.js, until the microtask queue drains);
// `user` keeps it for now.
const ref = new WeakRef(user);

function greet(): void {
  // The object, or undefined once collected.
  const target = ref.deref();
  const name = target !== undefined ? target.name : 'nobody';
  console.log('hello,', name);
}

greet();
// Drop the only strong reference.
user = undefined;
// Let the microtask queue drain (a timer), then
// collect; gc() needs node --expose-gc, and a web
// page cannot force one.
await new Promise((resolve) => setTimeout(resolve, 0));
gc();
greet();
console.log('deref() is undefined:', ref.deref() === undefined);
// #endregion
