// #region main
// cleanupSome() was split off the WeakRefs
// proposal in 2020 and never became part of
// the language.
const prototype = FinalizationRegistry.prototype;
console.log('cleanupSome' in prototype); // false
const names = Object.getOwnPropertyNames(prototype).sort();
console.log(names.join(', '));
// #endregion
