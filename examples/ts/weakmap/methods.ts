// #region main
// The four methods of WeakMap.
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
// #endregion
