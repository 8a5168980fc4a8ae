/**
 * Where the check's time goes: each runtime checks every example of its language alone (result cache off,
 * start-up snapshots kept), so its wall time and CPU seconds are its own. The runtimes run in parallel in a real
 * check, so the slowest of them is the critical path.
 */
import { join } from 'node:path';
import { BUILTIN_RUNTIME_IDS } from 'starlight-checked-examples/runtime';
import { measure } from './measure.ts';

export function runtimeCosts(root: string): void {
  const cli = join(root, 'packages/starlight-checked-examples/bin/starlight-checked-examples.mjs');
  const rows = BUILTIN_RUNTIME_IDS.flatMap((id) => {
    try {
      const { seconds, cpuSeconds, stdout } = measure(process.execPath, [cli, '--no-cache', '--runtime', id], { cwd: root });
      const runs = Number(/: (\d+) passed/.exec(stdout)?.[1] ?? 0);
      return [{ id, seconds, cpuSeconds, runs }];
    } catch (error) {
      // Not installed here, or an example failed: the check's own lines say which.
      const lines = String(error).split('\n').filter((line) => /^(✗|--runtime)/.test(line));
      console.log(`${id.padEnd(8)} no figure: ${lines.join('; ') || String(error).split('\n')[0]}`);
      return [];
    }
  });
  for (const { id, seconds, cpuSeconds, runs } of rows) {
    console.log(`${id.padEnd(8)} ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} CPU s, ${runs} examples (${((cpuSeconds * 1000) / runs).toFixed(0)} CPU ms each, start-up included)`);
  }
  const critical = rows.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  const total = rows.reduce((sum, row) => sum + row.cpuSeconds, 0);
  console.log(`critical path: ${critical.id} (${critical.seconds.toFixed(2)} s); all runtimes: ${total.toFixed(2)} CPU s`);
}
