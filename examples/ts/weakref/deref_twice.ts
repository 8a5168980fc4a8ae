const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

interface Target {
  name: string;
}
let holder: Target | undefined = { name: 'target' };
const ref = new WeakRef(holder);
await nextTask(); // clears the kept list

// #region main
// ECMA-262's note under deref(): "if the first
// deref does not evaluate to undefined then the
// second deref cannot either".
if (ref.deref() !== undefined) {
  holder = undefined; // the last strong reference
  gc(); // same run: the kept list holds it
  console.log('second deref():', ref.deref()?.name);
}
// #endregion
