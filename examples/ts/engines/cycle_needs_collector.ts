const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

interface Node {
  other?: Node;
}

// #region main
// One object alone, two that refer to each other.
let alone: Node | undefined = {};
let a: Node | undefined = {};
let b: Node | undefined = { other: a };
a.other = b;
const aloneRef = new WeakRef(alone);
const cycleRef = new WeakRef(a);
// All three are unreachable now.
alone = a = b = undefined;

const alive = (ref: WeakRef<Node>) =>
  ref.deref() === undefined ? 'gone' : 'there';
await nextTask(); // a new task, no gc() so far
console.log('before gc(): alone', alive(aloneRef));
console.log('before gc(): cycle', alive(cycleRef));
// (A deref() above kept its target until now.)
await nextTask();
gc();
console.log('after gc():  cycle', alive(cycleRef));
// #endregion
