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

function trackAndLog(input: Connection): void {
  const id = input.id;
  {
    // The closure that needs the connection lives
    // in a block of its own, so its scope object
    // is not the cleanup's.
    const conn = input;
    const log = () => console.log('tracking', conn.id);
    log();
  }
  registry.register(input, () => console.log('closed', id));
}

trackAndLog({ id: 'second' });
await nextTask();
gc();
await nextTask();
console.log('done');
// #endregion
