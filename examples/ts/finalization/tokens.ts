// #region main
const registry = new FinalizationRegistry<string>(
  () => {},
);

// A token must be something that can be collected
// itself: an object or a symbol that is not in
// the global registry.
const tokens: [string, unknown][] = [
  ['an object', {}],
  ["Symbol('x')", Symbol('x')],
  ["Symbol.for('x')", Symbol.for('x')],
  ["'str'", 'str'],
];
for (const [label, token] of tokens) {
  try {
    // The cast lets the call through the type
    // checker, so that the run-time check is the
    // one that answers.
    registry.register(
      {},
      label,
      token as WeakKey,
    );
    console.log(`${label}: accepted`);
  } catch (error) {
    const { name } = error as Error;
    console.log(`${label}: ${name}`);
  }
}

// A non-registered symbol can be the target too.
const session = Symbol('session');
registry.register(session, 'session ended', session);
const removed = registry.unregister(session);
console.log('unregistered:', removed);
// #endregion
