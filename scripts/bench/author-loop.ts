/**
 * What an author waits for when nothing changed: `npm run examples` with every result cached, against Node's own
 * start-up (the floor any command has). Best of several runs, wall and CPU time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from './measure.ts';

const RUNS = 5;

function best(command: string, args: string[], cwd: string) {
  const runs = Array.from({ length: RUNS }, () => measure(command, args, { cwd, env: { CI: 'true' } }));
  return { seconds: Math.min(...runs.map((r) => r.seconds)), cpuSeconds: Math.min(...runs.map((r) => r.cpuSeconds)) };
}

export function authorLoop(root: string): void {
  // The command package.json's `examples` script runs (the package's bin), run by this Node without npm.
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { examples: string } }).scripts.examples;
  const entry = join(root, 'node_modules', '.bin', script);
  measure(process.execPath, [entry], { cwd: root, env: { CI: 'true' } }); // fills the cache
  const cached = best(process.execPath, [entry], root);
  const node = best(process.execPath, ['-e', '0'], root);
  const row = (label: string, m: { seconds: number; cpuSeconds: number }) => console.log(`${label.padEnd(40)} ${m.seconds.toFixed(2)} s wall, ${m.cpuSeconds.toFixed(2)} s CPU`);
  row('npm run examples, everything cached', cached);
  row('node -e 0', node);
  console.log(`cached check / node start-up = ${(cached.seconds / node.seconds).toFixed(1)}x wall, ${(cached.cpuSeconds / node.cpuSeconds).toFixed(1)}x CPU`);
}
