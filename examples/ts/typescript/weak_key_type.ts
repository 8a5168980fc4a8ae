// #region main
// WeakKey: what the weak APIs accept.
function track(key: WeakKey, into: WeakSet<WeakKey>) {
  into.add(key);
  return into.has(key);
}
const tracked = new WeakSet<WeakKey>();
const local = Symbol('local');
console.log('object:', track({}, tracked));
console.log('symbol:', track(local, tracked));
// @ts-expect-error: a string is not a WeakKey
const primitive = () => track('name', tracked);
try {
  primitive();
} catch (error) {
  console.log('string:', (error as Error).name);
}
// #endregion
