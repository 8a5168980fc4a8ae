// #region main
// A primitive can never be a key. Only set() and
// the constructor throw; get(), has() and
// delete() just answer.
const map = new WeakMap<WeakKey, string>();
const text = 'a' as unknown as WeakKey;
console.log(
  'get:', map.get(text),
  '| has:', map.has(text),
);
console.log('delete:', map.delete(text));
for (const attempt of [
  () => map.set(text, 'x'),
  () => new WeakMap([[text, 'x']]),
]) {
  try {
    attempt();
  } catch (error) {
    console.log('threw:', (error as Error).name);
  }
}
// #endregion
