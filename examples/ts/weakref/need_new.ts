// #region main
// The four constructors throw without `new`.
type WeakConstructor =
  | WeakRefConstructor
  | WeakMapConstructor
  | WeakSetConstructor
  | FinalizationRegistryConstructor;
const constructors: WeakConstructor[] = [
  WeakRef,
  WeakMap,
  WeakSet,
  FinalizationRegistry,
];
for (const constructor of constructors) {
  try {
    // TypeScript refuses the call too (the
    // directive proves it) with TS2349:
    // "This expression is not callable."
    // @ts-expect-error
    constructor(() => {});
    console.log(constructor.name, 'returned');
  } catch (error) {
    const { name } = error as Error;
    console.log(constructor.name, 'threw', name);
  }
}
// #endregion
