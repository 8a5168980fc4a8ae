const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

interface Target {
  name: string;
}
let holder: Target | undefined = { name: 'target' };
const ref = new WeakRef(holder);
// the kept list from new WeakRef() is cleared
await nextTask();

// #region main
// ECMA-262's note under deref(): "if the first
// deref does not evaluate to undefined then the
// second deref cannot either".
if (ref.deref() !== undefined) {
  // the last strong reference goes
  holder = undefined;
  // one synchronous run of code: the kept list
  // holds it
  gc();
  console.log('second deref():', ref.deref()?.name);
}
// #endregion
