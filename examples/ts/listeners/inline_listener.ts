const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');

interface Listener {
  handle(event: string): void;
}

/**
 * The weak emitter of emitter.ts, shortened:
 * WeakRefs to listeners.
 */
class WeakEmitter {
  readonly #listeners = new Set<WeakRef<Listener>>();
  subscribe(listener: Listener): void {
    this.#listeners.add(new WeakRef(listener));
  }
  emit(event: string): number {
    let delivered = 0;
    for (const ref of this.#listeners) {
      const listener = ref.deref();
      if (listener === undefined) continue;
      listener.handle(event);
      delivered++;
    }
    return delivered;
  }
}

// #region main
const emitter = new WeakEmitter();
// Nothing but the emitter's WeakRef refers to
// this listener...
emitter.subscribe({
  handle: (event) => console.log('inline listener got', event),
});
console.log('delivered:', emitter.emit('first'));

await new Promise((resolve) => setTimeout(resolve, 0));
// ... so a collection takes it: it silently
// stops listening.
gc();
console.log('delivered:', emitter.emit('second'));
// #endregion
