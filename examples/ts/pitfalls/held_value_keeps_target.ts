const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

interface Connection {
  id: string;
}

// #region main
const registry = new FinalizationRegistry<() => void>(
  (cleanup) => cleanup(),
);

function openWrong(): void {
  const conn: Connection = { id: 'wrong' };
  // The held value is a closure over `conn`: the
  // registry holds it strongly, so the target
  // stays reachable forever.
  registry.register(conn, () => console.log('closed', conn.id));
}

function openRight(): void {
  const conn: Connection = { id: 'right' };
  const id = conn.id; // what the cleanup needs
  registry.register(conn, () => console.log('closed', id));
}

openWrong();
openRight();
await nextTask();
gc();
await nextTask();
console.log('done');
// #endregion
// mistake: region main
