// check: not-on=node,chromium,quickjs (Bun only)
// Run with plain `bun bun_gc_clears_kept.ts`:
// Bun.gc exists without any flag.
declare const Bun: { gc(force: boolean): void };

// #region main
let target: object | undefined = {};
// The target goes on the kept list:
const ref = new WeakRef(target);
target = undefined;

// Two reads in one synchronous run: no await.
const first = ref.deref() !== undefined;
Bun.gc(true); // Bun's synchronous full collection
const second = ref.deref() !== undefined;
console.log('first deref():', first);
console.log('second deref():', second);
// #endregion
