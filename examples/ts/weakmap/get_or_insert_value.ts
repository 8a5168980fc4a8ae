// #region main
// getOrInsert() is ES2026; lib es2024 does not
// declare it.
type Upsert<K extends WeakKey, V> = WeakMap<K, V> & {
  getOrInsert(key: K, value: V): V;
};
type Tags = Upsert<object, string[]>;
const tags = new WeakMap() as Tags;
const page = {};
if (!('getOrInsert' in tags)) {
  console.log('no getOrInsert in this engine');
} else {
  tags.getOrInsert(page, []).push('draft');
  // Found now: the second [] is not stored.
  tags.getOrInsert(page, []).push('urgent');
  console.log(tags.get(page)!.join(', '));
}
// #endregion
