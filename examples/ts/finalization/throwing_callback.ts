// Runs itself again as a child process, so the
// crash it shows does not end this program.
import { spawnSync } from 'node:child_process';

const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

if (process.argv[2] === 'child') {
  // #region child
  const registry = new FinalizationRegistry<string>(
    (held) => {
      throw new Error(`cleanup for ${held} failed`);
    },
  );
  (() => registry.register({}, 'file'))();
  await nextTask();
  gc();
  await nextTask(); // the callback throws here
  await nextTask();
  // Never printed on Node.js:
  console.log('still running');
  // #endregion
} else {
  // #region parent
  // The child gets this process's flags
  // (such as --expose-gc).
  const args = [
    ...process.execArgv,
    import.meta.filename,
    'child',
  ];
  const child = spawnSync(process.execPath, args, {
    encoding: 'utf8',
  });
  console.log('exit code:', child.status);
  const output = child.stdout.trim() || '(none)';
  console.log('output:', output);
  const found = /Error: .*/i.exec(child.stderr);
  const [error] = found ?? [];
  console.log('error report:', error);
  // #endregion
}
