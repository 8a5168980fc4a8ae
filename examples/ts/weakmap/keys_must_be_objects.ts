// #region main
const metadata = new WeakMap<object, string>();

try {
  // The type checker rejects a string key (the
  // next line proves it):
  // @ts-expect-error -- a string is not a WeakKey
  metadata.set('id-42', 'label');
} catch (error) {
  // ... and at run time it is a TypeError: a
  // string can never be collected.
  const { name, message } = error as Error;
  console.log(`${name}: ${message}`);
}

// Non-registered symbols can be keys (ES2023);
// Symbol.for() symbols cannot.
const symbols = new WeakMap<symbol, string>();
const local = Symbol('local');
symbols.set(local, 'ok');
console.log('local symbol:', symbols.get(local));
try {
  symbols.set(Symbol.for('registered'), 'never');
} catch (error) {
  const { name, message } = error as Error;
  console.log(`registered symbol: ${name}: ${message}`);
}
// #endregion
