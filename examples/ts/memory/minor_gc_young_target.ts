// V8's gc() takes an option: { type: 'minor' }
// collects only the young generation. Does that
// clear a WeakRef's young target? Node.js 24's V8
// and Chromium 156's differ.
const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));
const alive = (ref: WeakRef<object>) =>
  ref.deref() === undefined ? 'gone' : 'alive';

// #region main
// Two new targets, each referred to by its
// WeakRef alone.
// 1. The first WeakRef of its task.
await nextTask();
const first = new WeakRef({ n: 1 });
await nextTask(); // empties the kept-alive list
gc({ type: 'minor' });
console.log('first target, minor gc:', alive(first));

// 2. Created after two minor collections in the
//    same task: V8's kept-alive list (an object
//    of its own, made by the first WeakRef of a
//    task) was moved to the old generation.
new WeakRef({ n: 2 }); // starts this task's list
gc({ type: 'minor' });
gc({ type: 'minor' });
// This one goes on that old list:
const later = new WeakRef({ n: 3 });
await nextTask(); // empties the list again
gc({ type: 'minor' });
console.log('later target, minor gc:', alive(later));
// (The deref() above kept it again.)
await nextTask();
gc({ type: 'major' });
console.log('later target, full gc:', alive(later));
// #endregion
