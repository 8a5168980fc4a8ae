// #region main
// What the constructor, register() and
// unregister() return, and what they refuse with
// a TypeError.
const registry = new FinalizationRegistry<string>(() => {});
const token = {};
const target = {};
const result = registry.register(target, 'a', token);
console.log('register() returned:', result);
// A second registration, same token:
registry.register({}, 'b', token);
console.log('unregister(token):', registry.unregister(token));
// None left:
console.log('again:', registry.unregister(token));
console.log('unknown token:', registry.unregister({}));

const refused: [string, () => unknown][] = [
  ['callback 42', () => new FinalizationRegistry(42 as never)],
  ['held value is target', () =>
    registry.register(target, target as never)],
  ['unregister(undefined)', () =>
    registry.unregister(undefined as never)],
];
for (const [label, attempt] of refused) {
  try {
    attempt();
    console.log(`${label}: accepted`);
  } catch (error) {
    console.log(`${label}: ${(error as Error).name}`);
  }
}
// #endregion
