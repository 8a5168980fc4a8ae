// #region main
const seen = new WeakMap<object, number>();
const key = {};
seen.set(key, 1);

// Only get / set / has / delete: no size, no keys(), no
// iteration. Listing the keys would reveal when the garbage
// collector ran, which WeakMap is designed to keep hidden.
console.log('has:', seen.has(key), '| get:', seen.get(key));
const members = ['size', 'keys', Symbol.iterator];
console.log(members.map((name) => name in seen).join(' '));
console.log('deleted:', seen.delete(key));
console.log('has:', seen.has(key));
// #endregion
