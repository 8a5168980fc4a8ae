/**
 * Preloaded into every Bun run: Bun has no global `gc()`, and examples call `globalThis.gc()` as they do under
 * `node --expose-gc`. `Bun.gc(true)` forces a synchronous full collection, so the example source stays the same.
 */
declare const Bun: { gc(force: boolean): void };

Object.defineProperty(globalThis, 'gc', { value: () => Bun.gc(true), configurable: true, writable: true });
