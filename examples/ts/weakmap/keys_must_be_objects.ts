// #region main
const metadata = new WeakMap<object, string>();

try {
  // @ts-expect-error -- the type checker already rejects a string key (this line proves it)
  metadata.set('id-42', 'label');
} catch (error) {
  // ... and at run time it is a TypeError, because a string can never be collected.
  console.log((error as Error).name);
}

// Non-registered symbols can be keys (ES2023); Symbol.for() symbols cannot.
const symbols = new WeakMap<symbol, string>();
symbols.set(Symbol('local'), 'ok');
try {
  symbols.set(Symbol.for('registered'), 'never');
} catch (error) {
  console.log('registered symbol:', (error as Error).name);
}
// #endregion
