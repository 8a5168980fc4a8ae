/**
 * `npm run bench`: builds the same site several ways in one run and prints the cost of the example check as
 * ratios to a build without it: with nothing cached (a fresh clone), with a cold result cache (Pyodide's
 * start-up snapshot kept), and with a warm result cache.
 * Each variant is built three times (the cold ones re-cleared each time); the fastest run counts, to damp noise.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const cacheRoot = join(root, '.cache');
const results = join(cacheRoot, 'examples');

function build(label: string, env: Record<string, string>, before?: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    before?.();
    const start = performance.now();
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      encoding: 'utf8',
    });
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0) throw new Error(`${label} build failed:\n${result.stdout}${result.stderr}`);
    best = Math.min(best, seconds);
  }
  console.log(`${label.padEnd(28)} ${best.toFixed(2)} s`);
  return best;
}

const off = build('checks off (EXAMPLES_CHECK=off)', { EXAMPLES_CHECK: 'off' });
const fresh = build('checks on, nothing cached', {}, () => rmSync(cacheRoot, { recursive: true, force: true }));
const cold = build('checks on, cold result cache', {}, () => rmSync(results, { recursive: true, force: true }));
const warm = build('checks on, warm result cache', {});
console.log(`fresh / off = ${(fresh / off).toFixed(2)}x`);
console.log(`cold  / off = ${(cold / off).toFixed(2)}x`);
console.log(`warm  / off = ${(warm / off).toFixed(2)}x`);
