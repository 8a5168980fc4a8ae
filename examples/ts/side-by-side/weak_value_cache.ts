// The TypeScript half of a pair; the Python half:
// ../../python/side-by-side/weak_value_cache.py
const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

class Texture {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
    console.log('loading', name);
  }
}

// #region main
// No WeakValueDictionary in JavaScript: a Map of
// WeakRefs (name -> texture), plus a registry
// that removes dead entries. WeakValueCache is
// the reusable version.
const cache = new Map<string, WeakRef<Texture>>();
type Entry = { name: string; ref: WeakRef<Texture> };
const cleanup = new FinalizationRegistry<Entry>((entry) => {
  const { name, ref } = entry;
  // Unless a newer texture took the name since:
  if (cache.get(name) === ref) cache.delete(name);
});

function getTexture(name: string): Texture {
  // One lookup; the local then keeps it alive.
  let texture = cache.get(name)?.deref();
  if (texture === undefined) {
    texture = new Texture(name);
    const ref = new WeakRef(texture);
    cache.set(name, ref);
    cleanup.register(texture, { name, ref });
  }
  return texture;
}

let first: Texture | undefined = getTexture('brick');
let second: Texture | undefined = getTexture('brick');
console.log('shared:', first === second);

first = second = undefined;
await nextTask();
gc();
// The registry's callback runs in a later task.
await nextTask();
// The dead entry is gone:
console.log('entries:', cache.size);
// Nobody used it any more: it loads again.
getTexture('brick');
// #endregion
