// #region main
// What the constructor, register() and
// unregister() return, and what they refuse with
// a TypeError.
const registry = new FinalizationRegistry<string>(
  () => {},
);
const token = {};
const target = {};
const result =
  registry.register(target, 'a', token);
console.log('register() returned:', result);
// A second registration, same token:
registry.register({}, 'b', token);
const removed = registry.unregister(token);
console.log('unregister(token):', removed);
// None left:
console.log('again:', registry.unregister(token));
const unknown = registry.unregister({});
console.log('unknown token:', unknown);

const refused: [string, () => unknown][] = [
  ['callback 42', () =>
    new FinalizationRegistry(42 as never)],
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
    const { name } = error as Error;
    console.log(`${label}: ${name}`);
  }
}
// #endregion
