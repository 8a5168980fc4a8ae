// #region main
// Tries each value in each weak position and
// prints a table. `as WeakKey` gets the wrong
// ones past the type checker, so the engine's
// run-time check answers.
const candidates: [string, unknown][] = [
  ['{}', {}],
  ['() => {}', () => {}],
  ["Symbol('x')", Symbol('x')],
  ['Symbol.iterator', Symbol.iterator],
  ["Symbol.for('x')", Symbol.for('x')],
  ["'text'", 'text'],
  ['42', 42],
  ['null', null],
  ['undefined', undefined],
];

const registry = new FinalizationRegistry<string>(
  () => {},
);
type Use = (value: WeakKey) => unknown;
const positions: [string, Use][] = [
  ['WeakRef', (v) => new WeakRef(v)],
  ['WeakMap', (v) => new WeakMap().set(v, 1)],
  ['WeakSet', (v) => new WeakSet().add(v)],
  ['target', (v) => registry.register(v, 'held')],
  ['token', (v) =>
    registry.register({}, 'held', v)],
];

const accepts = (use: Use, value: unknown) => {
  try {
    use(value as WeakKey);
    return 'yes';
  } catch {
    return '-'; // a TypeError
  }
};

const row = ([label, ...rest]: string[]) => {
  const cells = rest.map((c) => c.padEnd(8));
  const line = label!.padEnd(17) + cells.join('');
  return line.trimEnd();
};
const names = positions.map(([name]) => name);
console.log(row(['', ...names]));
for (const [label, value] of candidates) {
  const cells = positions.map(([, use]) =>
    accepts(use, value),
  );
  console.log(row([label, ...cells]));
}
// #endregion
