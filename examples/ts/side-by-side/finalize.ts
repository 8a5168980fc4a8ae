// The TypeScript half of a pair; the Python half:
// ../../python/side-by-side/finalize.py
const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

interface TempFile {
  path: string;
}

function remove(path: string): void {
  console.log('removing', path);
}

// #region main
const registry = new FinalizationRegistry<string>(remove);

function exportData(): void {
  const report: TempFile = { path: '/tmp/report.csv' };
  // The cleanup gets the path, never the object
  // itself (that would keep it alive).
  registry.register(report, report.path);

  const keep: TempFile = { path: '/tmp/keep.csv' };
  // The third argument is the unregister token.
  registry.register(keep, keep.path, keep);
  // No cleanup for this one:
  console.log('cancelled:', registry.unregister(keep));
} // both are unreachable once it returns

exportData();
await nextTask();
gc();
// The callback runs in a later task, not in gc().
await nextTask();
console.log('done');
// #endregion
