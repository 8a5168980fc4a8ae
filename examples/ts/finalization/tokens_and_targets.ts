// What register() and unregister() accept as a
// target and as a token: objects and
// non-registered symbols.
const registry = new FinalizationRegistry<string>(() => {});

/**
 * Runs `attempt` and prints whether it worked or
 * which error it threw.
 */
function tryIt(label: string, attempt: () => unknown): void {
  try {
    attempt();
    console.log(`${label}: ok`);
  } catch (error) {
    console.log(`${label}: ${(error as Error).name}`);
  }
}

// #region main
const target = {};
tryIt('object target', () => registry.register(target, 'a'));
tryIt('symbol target', () =>
  registry.register(Symbol('s'), 'b'));
tryIt('Symbol.for target', () =>
  registry.register(Symbol.for('x'), 'c'));

const token = {};
tryIt('object token', () =>
  registry.register(target, 'd', token));
tryIt('symbol token', () =>
  registry.register(target, 'e', Symbol('t')));
tryIt('string token', () =>
  // @ts-expect-error: a string is not a WeakKey
  registry.register(target, 'f', 'str'));
tryIt('unregister(Symbol.for)', () =>
  registry.unregister(Symbol.for('x')));
// true: one registration was made with this token
console.log(registry.unregister(token));
// #endregion
