/**
 * `npm run bench [-- --scale N]`: measures the example check in one run, as ratios, never as absolute targets.
 *  1. The site built several ways: checks off, then on with nothing cached (a fresh clone), with a cold result
 *     cache (Pyodide's start-up snapshots kept) and with a warm one; each variant three times, the fastest counts.
 *  2. Each runtime alone: wall time, CPU seconds, and the critical path of a cold check.
 *  3. Scale: the check of N copies of every example (default 10) against one copy.
 *  4. The sandbox: what starting a run inside it adds.
 */
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measure } from './bench/measure.ts';
import { runtimeCosts } from './bench/runtimes.ts';
import { scaling } from './bench/scale.ts';
import { sandboxCost } from './bench/sandbox.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '10' } } });
const root = join(import.meta.dirname, '..');
const cacheRoot = join(root, '.cache');
const results = join(cacheRoot, 'examples');

function build(label: string, env: Record<string, string>, before?: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    before?.();
    const { seconds } = measure(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    best = Math.min(best, seconds);
  }
  console.log(`${label.padEnd(34)} ${best.toFixed(2)} s`);
  return best;
}

console.log(`# ${availableParallelism()} cores\n\n## Site build`);
const off = build('checks off (EXAMPLES_CHECK=off)', { EXAMPLES_CHECK: 'off' });
const fresh = build('checks on, nothing cached', {}, () => rmSync(cacheRoot, { recursive: true, force: true }));
const cold = build('checks on, cold result cache', {}, () => rmSync(results, { recursive: true, force: true }));
const warm = build('checks on, warm result cache', {});
console.log(`fresh / off = ${(fresh / off).toFixed(2)}x`);
console.log(`cold  / off = ${(cold / off).toFixed(2)}x`);
console.log(`warm  / off = ${(warm / off).toFixed(2)}x`);

console.log('\n## Each runtime alone (result cache off)');
runtimeCosts(root);

console.log(`\n## Scale (result cache off)`);
scaling(root, Number(values.scale));

console.log('\n## Sandbox');
sandboxCost();
