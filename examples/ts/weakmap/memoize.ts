const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
// Remembers compute(key) for each key object, for
// as long as that object lives: the cache keeps
// no key alive.
function memoize<K extends WeakKey, V>(
  compute: (key: K) => V,
): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) {
      return cache.get(key) as V;
    }
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

interface Doc {
  text: string;
}
let computed = 0;
const stats = memoize((doc: Doc) => {
  computed++;
  return { words: doc.text.split(' ').length };
});

const doc: Doc = { text: 'one value per object' };
console.log(
  'words:', stats(doc).words, stats(doc).words,
);
// Once for two calls:
console.log('computed:', computed);
const copy = { ...doc }; // equal, but another key
console.log(
  'copy:', stats(copy).words,
  'computed:', computed,
);
// The cache cannot know: a stale value.
doc.text = 'changed';
console.log('after a change:', stats(doc).words);
// #endregion

// #region lifetime
// A document that is dropped takes its cached
// result with it.
type Watched = [WeakRef<Doc>, WeakRef<object>];
function readOnce(): Watched {
  const draft: Doc = { text: 'a short draft' };
  const value = stats(draft);
  return [new WeakRef(draft), new WeakRef(value)];
}
const [draft, result] = readOnce();
await nextTask();
gc();
const gone = (ref: WeakRef<object>) =>
  ref.deref() === undefined;
console.log('draft collected:', gone(draft));
console.log('result collected:', gone(result));
// #endregion
