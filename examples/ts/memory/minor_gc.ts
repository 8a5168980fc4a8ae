// V8's gc() takes an option: { type: 'minor' }
// collects only the young generation (a
// scavenge), { type: 'major' } the whole heap.
const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
// An old target: it stayed in use through two
// minor collections, so V8 promoted it to the
// old generation.
let value: object | undefined = {
  cached: 'old value',
};
const old = new WeakRef(value);
gc({ type: 'minor' });
gc({ type: 'minor' });
// From now on, only the WeakRef refers to it.
value = undefined;

// A young target: new, with no other reference.
const young = new WeakRef({
  cached: 'young value',
});

const alive = (ref: WeakRef<object>) =>
  ref.deref() === undefined ? 'gone' : 'alive';
const runs = ['minor', 'minor', 'major'] as const;
for (const type of runs) {
  await nextTask(); // empties the kept list
  gc({ type });
  const state =
    `old ${alive(old)}, young ${alive(young)}`;
  console.log(`after a ${type} gc: ${state}`);
}
// #endregion
