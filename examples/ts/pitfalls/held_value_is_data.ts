// The fix for a held value that keeps its target
// alive: hold the data the cleanup needs.
const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
interface Connection {
  id: string;
}
// The held value is the id (a string), never the
// connection or a closure over it.
const registry = new FinalizationRegistry<string>((id) => {
  console.log('closed', id);
});

function open(id: string): void {
  const conn: Connection = { id };
  registry.register(conn, conn.id);
} // the connection is unreachable from here on

open('db');
await nextTask();
gc();
await nextTask();
console.log('done');
// #endregion
