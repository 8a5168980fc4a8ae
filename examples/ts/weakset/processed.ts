const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

interface Doc {
  title: string;
}

// #region main
// A record of work already done that outlives
// each call: here a WeakSet does something a Set
// does not.
type Seen = Set<Doc> | WeakSet<Doc>;

function indexNew(seen: Seen, docs: Doc[]) {
  const fresh = docs.filter(
    (doc) => !seen.has(doc),
  );
  // Each doc is indexed once:
  for (const doc of fresh) seen.add(doc);
  return fresh.length;
}

const run = async (seen: Seen): Promise<void> => {
  const docs = [{ title: 'a' }, { title: 'b' }];
  console.log('  indexed:', indexNew(seen, docs));
  const again = indexNew(seen, docs);
  console.log('  indexed again:', again);
  // 'b' is deleted (a WeakRef watches it):
  const deleted = new WeakRef(docs.pop()!);
  await nextTask();
  gc();
  const lingers = deleted.deref() !== undefined;
  indexNew(seen, docs); // the record stays in use
  console.log(
    '  deleted doc still in memory:',
    lingers,
  );
};

console.log('Set');
await run(new Set());
console.log('WeakSet');
await run(new WeakSet());
// #endregion
