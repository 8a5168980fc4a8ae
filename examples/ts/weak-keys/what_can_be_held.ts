// #region main
// Tries each value in each weak position and prints a table.
// `as WeakKey` gets the wrong ones past the type checker, so
// the engine's run-time check answers.
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

const registry = new FinalizationRegistry<string>(() => {});
const positions: [string, (value: WeakKey) => unknown][] = [
  ['WeakRef', (v) => new WeakRef(v)],
  ['WeakMap', (v) => new WeakMap().set(v, 1)],
  ['WeakSet', (v) => new WeakSet().add(v)],
  ['target', (v) => registry.register(v, 'held')],
  ['token', (v) => registry.register({}, 'held', v)],
];

const accepts = (use: (value: WeakKey) => unknown, v: unknown) => {
  try {
    use(v as WeakKey);
    return 'yes';
  } catch {
    return '-'; // a TypeError
  }
};

const row = (cells: string[]) =>
  cells[0]!.padEnd(17) + cells.slice(1).map((c) => c.padEnd(8)).join('');
console.log(row(['', ...positions.map(([name]) => name)]).trimEnd());
for (const [label, value] of candidates) {
  const cells = positions.map(([, use]) => accepts(use, value));
  console.log(row([label, ...cells]).trimEnd());
}
// #endregion
