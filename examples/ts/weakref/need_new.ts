// #region main
// The four constructors throw when called without `new`.
const constructors: Function[] = [
  WeakRef,
  WeakMap,
  WeakSet,
  FinalizationRegistry,
];
for (const constructor of constructors) {
  try {
    constructor(() => {});
    console.log(constructor.name, 'returned');
  } catch (error) {
    const { name } = error as Error;
    console.log(constructor.name, 'threw', name);
  }
}
// #endregion
