// Runs itself again as a child process, once
// per way to end.
import { spawnSync } from 'node:child_process';

const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

const ending = process.argv[2];
if (ending !== undefined) {
  // #region child
  const registry = new FinalizationRegistry<string>((held) => {
    console.log('cleanup for', held);
  });
  (() => registry.register({}, 'file'))();
  await nextTask();
  // A cleanup is due, in a later task ...
  if (ending !== 'no-gc') gc();
  // ... which never comes:
  if (ending === 'exit') process.exit(0);
  // Otherwise the program ends when nothing is
  // left to do, and the due cleanup is part of
  // what is left.
  // #endregion
} else {
  // #region parent
  for (const end of ['exit', 'natural', 'no-gc']) {
    // The child gets this process's flags
    // (such as --expose-gc).
    const args = [
      ...process.execArgv,
      import.meta.filename,
      end,
    ];
    const child = spawnSync(process.execPath, args, {
      encoding: 'utf8',
    });
    const output = child.stdout.trim() || '(nothing)';
    console.log(`${end}: ${output}`);
  }
  // #endregion
}
