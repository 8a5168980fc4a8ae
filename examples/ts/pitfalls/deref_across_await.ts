// check: no-output-on=quickjs (refcounting)
const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
// #region mistake
let session: { user: string } | undefined = { user: 'ada' };
const ref = new WeakRef(session);
session = undefined;

if (ref.deref() !== undefined) {
  // Checked here ... but the timer resumes this
  // code in a later task, after the kept-alive
  // list was cleared: it can go.
  await nextTask();
  gc();
  console.log('after await:', ref.deref()?.user ?? 'gone');
}
// #endregion

// #region fix
// Keep a strong local for as long as you need the
// object, across awaits too.
let other: { user: string } | undefined = { user: 'grace' };
const otherRef = new WeakRef(other);
other = undefined;
const held = otherRef.deref();
if (held !== undefined) {
  await nextTask();
  gc();
  console.log('with a local:', held.user);
}
// #endregion
// #endregion
// mistake: region mistake
