// #region main
// A primitive or a Symbol.for() symbol can never
// be a key. Only set() and the constructor throw;
// get(), has() and delete() just answer.
const map = new WeakMap<WeakKey, string>();
for (const key of ['a', Symbol.for('a')]) {
  const k = key as unknown as WeakKey;
  console.log(
    'get:', map.get(k), '| has:', map.has(k),
    '| delete:', map.delete(k),
  );
  for (const attempt of [
    () => map.set(k, 'x'),
    () => new WeakMap([[k, 'x']]),
  ]) {
    try {
      attempt();
    } catch (error) {
      console.log('threw:', (error as Error).name);
    }
  }
}
// #endregion
