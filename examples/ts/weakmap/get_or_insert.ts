// #region main
// ES2026 adds getOrInsert() and
// getOrInsertComputed() to Map and WeakMap. Check
// before relying on them:
const has = (name: string) =>
  name in WeakMap.prototype;
console.log('getOrInsert:', has('getOrInsert'));
const computed = has('getOrInsertComputed');
console.log('getOrInsertComputed:', computed);

// The same thing in three calls works everywhere:
function getOrInsertComputed<K extends WeakKey, V>(
  map: WeakMap<K, V>,
  key: K,
  compute: (key: K) => V,
): V {
  if (map.has(key)) return map.get(key) as V;
  const value = compute(key);
  map.set(key, value);
  return value;
}

const sizes = new WeakMap<object, number>();
const page = {};
console.log(
  getOrInsertComputed(sizes, page, () => 42),
);
// Cached: the second function is not called.
console.log(
  getOrInsertComputed(sizes, page, () => 0),
);
// #endregion
