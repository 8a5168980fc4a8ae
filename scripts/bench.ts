/**
 * `npm run bench [-- --scale N]`: measures the example check in one run, as ratios, never as absolute targets.
 *  1. The site built several ways: checks off, then on with nothing cached (a fresh clone), with a cold result
 *     cache (Pyodide's start-up snapshots kept) and with a warm one; three rounds of each in turn, the fastest counts.
 *  2. Each runtime alone: wall time, CPU seconds, and the critical path of a cold check.
 *  3. Scale: the check of N copies of every example (default 10) against one copy.
 *  4. The sandbox: what starting a run inside it adds.
 *  5. The author's loop: a check with everything cached against Node's own start-up.
 *  6. The dev server's loop: from saving a failing example to the first verdict, and to every runtime's.
 * `--only author` or `--only dev` measures one of the last two alone (seconds, not the build's minutes).
 */
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { authorLoop } from './bench/author-loop.ts';
import { devLoop } from './bench/dev-loop.ts';
import { measure } from './bench/measure.ts';
import { runtimeCosts } from './bench/runtimes.ts';
import { scaling } from './bench/scale.ts';
import { sandboxCost } from './bench/sandbox.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '10' }, only: { type: 'string' } } });
const root = join(import.meta.dirname, '..');
const cacheRoot = join(root, '.cache');
const results = join(cacheRoot, 'examples');
const ROUNDS = 3;

interface Variant {
  label: string;
  env: Record<string, string>;
  before?: () => void;
  best: number;
}

const variant = (label: string, env: Record<string, string>, before?: () => void): Variant => ({ label, env, before, best: Infinity });
const variants = [
  variant('checks off (EXAMPLES_CHECK=off)', { EXAMPLES_CHECK: 'off' }),
  variant('checks on, nothing cached', {}, () => rmSync(cacheRoot, { recursive: true, force: true })),
  variant('checks on, cold result cache', {}, () => rmSync(results, { recursive: true, force: true })),
  variant('checks on, warm result cache', {}),
];

// Round by round, each variant once per round: a machine that gets slower or faster over the minutes this takes
// changes every variant alike, not only the ones measured last.
if (values.only === 'author') {
  console.log('## Author loop');
  authorLoop(root);
  process.exit(0);
}
if (values.only === 'dev') {
  console.log('## Dev server: save to verdict');
  await devLoop(root);
  process.exit(0);
}
console.log(`# ${availableParallelism()} cores\n\n## Site build (best of ${ROUNDS}, measured in turn)`);
for (let round = 0; round < ROUNDS; round++) {
  for (const build of variants) {
    build.before?.();
    const { seconds } = measure(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ASTRO_TELEMETRY_DISABLED: '1', ...build.env },
    });
    build.best = Math.min(build.best, seconds);
  }
}
for (const build of variants) console.log(`${build.label.padEnd(34)} ${build.best.toFixed(2)} s`);
const [off, fresh, cold, warm] = variants.map((build) => build.best) as [number, number, number, number];
console.log(`fresh / off = ${(fresh / off).toFixed(2)}x`);
console.log(`cold  / off = ${(cold / off).toFixed(2)}x`);
console.log(`warm  / off = ${(warm / off).toFixed(2)}x`);

console.log('\n## Each runtime alone (result cache off)');
runtimeCosts(root);

console.log(`\n## Scale (result cache off)`);
scaling(root, Number(values.scale));

console.log('\n## Sandbox');
sandboxCost();

console.log('\n## Author loop');
authorLoop(root);

console.log('\n## Dev server: save to verdict');
await devLoop(root);
