// #region main
const registry = new FinalizationRegistry<object>(() => {});
const connection = { id: 'db' };

try {
  // The target as its own held value: it could
  // never be collected, so register() rejects it.
  registry.register(connection, connection);
} catch (error) {
  const { name, message } = error as Error;
  console.log(`${name}: ${message}`);
}
// #endregion
