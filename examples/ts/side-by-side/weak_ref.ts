// The TypeScript half of a pair: ../../python/side-by-side/weak_ref.py is the same program in Python.
const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');

interface User {
  name: string;
}

// #region main
let user: User | undefined = { name: 'ada' };
const ref = new WeakRef(user); // does not keep `user` alive

function greet(): void {
  // The object, or undefined once it has been collected.
  const target = ref.deref();
  console.log('hello,', target !== undefined ? target.name : 'nobody');
}

greet();
user = undefined; // drop the only strong reference
await new Promise((resolve) => setTimeout(resolve, 0)); // let the current job end
gc(); // only with node --expose-gc; a browser cannot force a collection
greet();
console.log('deref() === undefined:', ref.deref() === undefined);
// #endregion
