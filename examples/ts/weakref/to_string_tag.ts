// #region main
// Each prototype has a [Symbol.toStringTag],
// which Object.prototype.toString reports:
const values = [
  new WeakRef({}),
  new WeakMap(),
  new WeakSet(),
  new FinalizationRegistry(() => {}),
];
for (const value of values) {
  console.log(Object.prototype.toString.call(value));
}
// WeakRef.prototype.constructor is
// "normative optional" in the specification: a
// host may leave it out. All four runtimes that
// check this site have it.
console.log(WeakRef.prototype.constructor === WeakRef);
// #endregion
