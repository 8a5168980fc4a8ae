const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

interface Connection {
  id: string;
}

// #region main
const registry = new FinalizationRegistry(
  (cleanup: () => void) => cleanup(),
);

function track(conn: Connection): void {
  const id = conn.id;
  // The cleanup closure uses only `id` ...
  registry.register(conn, () =>
    console.log('closed', id),
  );
}

function trackAndLog(conn: Connection): void {
  const id = conn.id;
  // ... and so does this one, but another closure
  // in the same scope captures `conn`. Closures
  // created in one scope share one scope object,
  // so the cleanup holds `conn` too.
  const log = () =>
    console.log('tracking', conn.id);
  log();
  registry.register(conn, () =>
    console.log('closed', id),
  );
}

track({ id: 'first' });
trackAndLog({ id: 'second' });
await nextTask();
gc();
await nextTask();
console.log('done'); // 'second' is never closed
// #endregion
// mistake: region main
