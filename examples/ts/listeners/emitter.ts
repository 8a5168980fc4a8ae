const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
interface Listener {
  handle(event: string): void;
}

/**
 * Holds listeners weakly: unused ones stop
 * getting events.
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
      if (listener === undefined) {
        // Prune dead entries as we go.
        this.#listeners.delete(ref);
        continue;
      }
      listener.handle(event);
      delivered++;
    }
    return delivered;
  }
}

class View implements Listener {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
  handle(event: string): void {
    console.log(`${this.name} got ${event}`);
  }
}

const emitter = new WeakEmitter();
// The page owns its open views;
// the emitter only refers to them.
const openViews = [new View('sidebar'), new View('dialog')];
openViews.forEach((view) => emitter.subscribe(view));
console.log('delivered:', emitter.emit('saved'));

// The dialog closes; nobody unsubscribed it.
openViews.pop();
await nextTask();
gc();
console.log('delivered:', emitter.emit('closed'));
const names = openViews.map((view) => view.name);
console.log('open:', names.join(', '));
// #endregion
