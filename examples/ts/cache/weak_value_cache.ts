const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
// Cleanup callbacks run in later tasks (in
// Node.js, one task per registry): wait a few.
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));
const settle = async () => {
  for (let i = 0; i < 3; i++) await nextTask();
};

// #region cache
type Dead<K, V extends object> = {
  key: K;
  ref: WeakRef<V>;
};

/**
 * Maps keys to objects without keeping the
 * objects alive (Python's WeakValueDictionary).
 */
class WeakValueCache<K, V extends object> {
  readonly #entries = new Map<K, WeakRef<V>>();
  readonly #registry = new FinalizationRegistry(
    ({ key, ref }: Dead<K, V>) => {
      // Remove the entry only if it still holds
      // the reference that died: a newer value
      // may have been stored since.
      if (this.#entries.get(key) === ref) {
        this.#entries.delete(key);
      }
    },
  );

  get(key: K): V | undefined {
    return this.#entries.get(key)?.deref();
  }

  set(key: K, value: V): void {
    const ref = new WeakRef(value);
    this.#entries.set(key, ref);
    this.#registry.register(value, { key, ref });
  }

  getOrCreate(key: K, create: () => V): V {
    // A strong local from here on:
    const existing = this.get(key);
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
const fresh: Texture = { name: 'new stone' };
// Only so the output shows the old value dying:
const watch = new FinalizationRegistry<string>(
  (name) => console.log('collected:', name),
);

function loadLevel(): void {
  const make = (name: string) => () => ({ name });
  const brick = textures.getOrCreate(
    'brick',
    make('brick'),
  );
  const other = textures.getOrCreate(
    'brick',
    make('other'),
  );
  console.log('shared:', other === brick);

  const old: Texture = { name: 'old stone' };
  textures.set('stone', old);
  watch.register(old, 'old stone');
  // Replaced while the old value is still alive:
  textures.set('stone', fresh);
} // brick and old stone are now unreachable

loadLevel();
// Let the kept-alive list be cleared:
await settle();
gc();
// Cleanups: the cache's for both, and watch's:
await settle();

// Gone, and its entry removed:
console.log('brick:', textures.get('brick'));
// The old value's cleanup spared the newer entry:
const stone = textures.get('stone');
console.log('stone:', stone === fresh);
console.log('entries:', textures.size);
// #endregion
