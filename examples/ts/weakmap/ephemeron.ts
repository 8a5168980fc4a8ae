const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

interface Item {
  name: string;
}
interface Info {
  owner: Item; // refers back to its own key
}

// #region main
const registry = new FinalizationRegistry<string>(
  (held) => console.log('collected:', held),
);

// A home-made weak-key map: weak keys, values
// held strongly.
const naive: [WeakRef<Item>, Info][] = [];
// The built-in one holds each value only while
// its key lives.
const builtIn = new WeakMap<Item, Info>();

function attach(name: string): WeakRef<Info> {
  const item = { name };
  const info = { owner: item };
  if (name === 'naive') {
    naive.push([new WeakRef(item), info]);
  } else {
    builtIn.set(item, info);
  }
  registry.register(item, `the ${name} key`);
  // A WeakRef to watch the value too:
  return new WeakRef(info);
}

// The naive value keeps its key alive forever;
// in a WeakMap, an ephemeron, it cannot.
const naiveValue = attach('naive');
const builtInValue = attach('WeakMap');
await nextTask();
gc();
await nextTask();
const [naiveKey] = naive[0]!;
const watched: [string, WeakRef<object>][] = [
  ['naive key', naiveKey],
  ['naive value', naiveValue],
  ['WeakMap value', builtInValue],
];
for (const [label, ref] of watched) {
  const alive = ref.deref() !== undefined;
  console.log(`${label} alive:`, alive);
}
// #endregion
