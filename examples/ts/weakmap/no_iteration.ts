// #region main
const seen = new WeakMap<object, number>();
const key = {};
seen.set(key, 1);

// Only get / set / has / delete: no size, no keys(), no iteration. Listing the keys
// would reveal when the garbage collector ran, which the language keeps unobservable.
console.log('has:', seen.has(key), '| get:', seen.get(key));
console.log('size' in seen, 'keys' in seen, Symbol.iterator in seen);
console.log('deleted:', seen.delete(key), '| has:', seen.has(key));
// #endregion
