// #region main
// What the built-in getOrInsert() and
// getOrInsertComputed() (ES2026) do, where the
// engine has them.
interface Upsert<K extends WeakKey, V>
  extends WeakMap<K, V> {
  getOrInsert(key: K, value: V): V;
  getOrInsertComputed(
    key: K,
    callback: (key: K) => V,
  ): V;
}
type Pages = Upsert<object, string>;
const map = new WeakMap() as Pages;
if (!('getOrInsert' in map)) {
  console.log('no getOrInsert in this engine');
} else {
  const page = {};
  // The first call stores its value; the second
  // returns the existing one:
  console.log(map.getOrInsert(page, 'first'));
  console.log(map.getOrInsert(page, 'second'));
  const other = {};
  const callback = (key: object) => {
    const same = key === other;
    console.log('  callback got the key:', same);
    // The callback's own set() is overwritten:
    map.set(key, 'set inside');
    return 'returned';
  };
  const computed = map.getOrInsertComputed(
    other,
    callback,
  );
  const stored = map.get(other);
  console.log(computed, '| stored:', stored);
  // Present already: the callback is not called.
  const again = map.getOrInsertComputed(
    other,
    () => {
      console.log('  callback called again');
      return 'again';
    },
  );
  console.log('second call:', again);
  const refused: [string, () => unknown][] = [
    ['key 1', () =>
      map.getOrInsert(1 as never, 'x')],
    ['callback "x"', () =>
      map.getOrInsertComputed({}, 'x' as never)],
  ];
  for (const [label, attempt] of refused) {
    try {
      attempt();
    } catch (error) {
      const { name } = error as Error;
      console.log(`${label}: ${name}`);
    }
  }
}
// #endregion
