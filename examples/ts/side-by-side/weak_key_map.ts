// The TypeScript half of a pair; the Python half:
// ../../python/side-by-side/weak_key_map.py
class Button {}

// #region main
// object -> data; the keys are held weakly
const labels = new WeakMap<Button, string>();

let save: Button | undefined = new Button();
labels.set(save, 'Save');
console.log('label:', labels.get(save));
console.log('has:', labels.has(save));

save = undefined; // the entry can go with its key
// No line to print here: a WeakMap has no
// size and cannot be iterated, so the entry
// cannot be counted.
// #endregion
