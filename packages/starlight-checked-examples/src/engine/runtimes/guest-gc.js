// `gc()` for QuickJS-ng, whose embedding has no collector call. QuickJS frees an object when its reference count
// drops to zero, and collects cycles when an object is allocated while the allocated bytes exceed a threshold
// (js_trigger_gc in quickjs.c; after a collection the threshold is 1.5 times what survived). So this allocates
// unreachable cycles, which reference counting cannot free, until a probe cycle's WeakRef is cleared: a full
// collection has then run, and it freed the ballast too, so the next threshold depends only on live data.
globalThis.gc = function gc() {
  let probe = {};
  probe.self = probe;
  const cleared = new WeakRef(probe);
  probe = undefined;
  while (cleared.deref() !== undefined) {
    let ballast = { items: [] };
    ballast.self = ballast;
    for (let i = 0; i < 256; i++) ballast.items.push({ i });
    ballast = undefined;
  }
};
