/** A bounded pool of reusable workers (interpreters, fork servers), created on first need. */
export class Pool<T> {
  readonly #idle: T[] = [];
  readonly #all = new Set<T>();
  readonly #waiting: ((item: T) => void)[] = [];
  readonly #size: number;
  readonly #create: () => T;
  readonly #destroy: (item: T) => Promise<unknown>;

  constructor(size: number, create: () => T, destroy: (item: T) => Promise<unknown>) {
    this.#size = size;
    this.#create = create;
    this.#destroy = destroy;
  }

  acquire(): Promise<T> {
    const free = this.#idle.pop();
    if (free !== undefined) return Promise.resolve(free);
    if (this.#all.size < this.#size) {
      const fresh = this.#create();
      this.#all.add(fresh);
      return Promise.resolve(fresh);
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  release(item: T): void {
    const next = this.#waiting.shift();
    if (next) next(item);
    else this.#idle.push(item);
  }

  /**
   * Runs `work` on an item, then gives the item back, or replaces it when `work` throws or `reusable` says it is
   * broken: either way the slot is free again, so later work never waits for an item that will not come back.
   */
  async use<R>(work: (item: T) => Promise<R>, reusable: (item: T) => boolean = () => true): Promise<R> {
    const item = await this.acquire();
    let result: R;
    try {
      result = await work(item);
    } catch (error) {
      this.replace(item);
      throw error;
    }
    if (reusable(item)) this.release(item);
    else this.replace(item);
    return result;
  }

  /** Gives up a broken item and hands a fresh one to whoever is next. */
  replace(broken: T): void {
    this.#all.delete(broken);
    void this.#destroy(broken);
    const fresh = this.#create();
    this.#all.add(fresh);
    this.release(fresh);
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.#all].map((item) => this.#destroy(item)));
    this.#all.clear();
    this.#idle.length = 0;
  }
}
