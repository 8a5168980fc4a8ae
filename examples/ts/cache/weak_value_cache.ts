const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
// Cleanup callbacks run in later tasks (in Node, one task per registry): wait for a few.
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

// #region cache
/** Maps keys to objects without keeping the objects alive (Python's WeakValueDictionary). */
class WeakValueCache<K, V extends object> {
  readonly #entries = new Map<K, WeakRef<V>>();
  readonly #registry = new FinalizationRegistry<{ key: K; ref: WeakRef<V> }>(({ key, ref }) => {
    // Remove the entry only if it still holds the reference that died:
    // a newer value may have been stored under the same key since.
    if (this.#entries.get(key) === ref) this.#entries.delete(key);
  });

  get(key: K): V | undefined {
    return this.#entries.get(key)?.deref();
  }

  set(key: K, value: V): void {
    const ref = new WeakRef(value);
    this.#entries.set(key, ref);
    this.#registry.register(value, { key, ref });
  }

  getOrCreate(key: K, create: () => V): V {
    const existing = this.get(key); // a strong local from here on
    if (existing !== undefined) return existing;
    const value = create();
    this.set(key, value);
    return value;
  }

  get size(): number {
    return this.#entries.size;
  }
}
// #endregion

// #region use
interface Texture {
  name: string;
}

const textures = new WeakValueCache<string, Texture>();
let brick: Texture | undefined = textures.getOrCreate('brick', () => ({ name: 'brick' }));
console.log('shared:', textures.getOrCreate('brick', () => ({ name: 'other' })) === brick);

let old: Texture | undefined = { name: 'old stone' };
textures.set('stone', old);
const fresh: Texture = { name: 'new stone' };
textures.set('stone', fresh); // replaces the entry while the old value is still alive

// Only to make the old value's collection visible in the output:
const watch = new FinalizationRegistry<string>((name) => console.log('collected:', name));
watch.register(old, 'old stone');

brick = undefined;
old = undefined;
await settle(); // end the current job
gc();
await settle(); // cleanups run: the cache's for both values, and watch's

console.log('brick:', textures.get('brick')); // gone, and its entry removed
// The old value's cleanup left the newer entry alone:
console.log('stone:', textures.get('stone')?.name);
console.log('entries:', textures.size);
// #endregion
