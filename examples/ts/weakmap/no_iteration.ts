// #region main
let seen = new WeakMap<object, number>();
const key = {};
seen.set(key, 1);

// Only get / set / has / delete: no size, no
// keys(), no iteration, no clear(). Listing the
// keys would reveal when the garbage collector
// ran, which WeakMap is designed to keep hidden.
console.log(
  'has:', seen.has(key),
  '| get:', seen.get(key),
);
const members = [
  'size',
  'keys',
  Symbol.iterator,
  'clear',
];
for (const name of members) {
  const found = name in seen;
  console.log(String(name), 'in WeakMap:', found);
}
console.log('deleted:', seen.delete(key));
console.log('has:', seen.has(key));

// To empty one, replace it with a new map:
seen.set(key, 2);
seen = new WeakMap();
const has = seen.has(key);
console.log('after replacing, has:', has);
// #endregion
