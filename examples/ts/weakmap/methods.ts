// #region main
// The four methods of WeakMap, and what each does
// with a value that can never be a key.
const a = {};
const b = {};
// The constructor takes [key, value] pairs; set()
// returns the map, so calls can be chained.
const map = new WeakMap<object, string>([
  [a, 'first'],
]);
map.set(b, 'second').set(a, 'replaced');
console.log(
  'get(a):', map.get(a),
  '| get(b):', map.get(b),
);
// No entry: undefined.
console.log('get({}):', map.get({}));
console.log(
  'delete(b):', map.delete(b), map.delete(b),
);
console.log('has(b):', map.has(b));

// A primitive can never be a key. Only set() and
// the constructor throw; get(), has() and
// delete() just answer.
const loose = map as WeakMap<WeakKey, string>;
const text = 'a' as unknown as WeakKey;
console.log(
  'get:', loose.get(text),
  '| has:', loose.has(text),
);
console.log('delete:', loose.delete(text));
for (const attempt of [
  () => loose.set(text, 'x'),
  () => new WeakMap([[text, 'x']]),
]) {
  try {
    attempt();
  } catch (error) {
    console.log('threw:', (error as Error).name);
  }
}
// #endregion
