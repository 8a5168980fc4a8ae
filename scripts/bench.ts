/**
 * `npm run bench`: builds the same site several ways in one run and prints the cost of the example check as
 * ratios to a build without it: with nothing cached (a fresh clone), with a cold result cache (Pyodide's
 * start-up snapshot kept), and with a warm result cache.
 * Each variant is built three times (the cold ones re-cleared each time); the fastest run counts, to damp noise.
 * Then the sandbox's cost: `true` and an empty Node program, each started plainly and inside the sandbox every
 * run gets (src/examples/runtimes/sandbox.ts), in turn, 20 times each; the medians count.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isSandboxed, sandboxed, withMemoryLimit } from '../src/examples/runtimes/sandbox.ts';

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

/** Milliseconds from start to exit of each command, run in turn 20 times; the median of each. */
function startCost(commands: string[][]): number[] {
  const times: number[][] = commands.map(() => []);
  for (let i = 0; i < 20; i++) {
    commands.forEach(([program, ...args], index) => {
      const start = performance.now();
      if (spawnSync(program!, args).status !== 0) throw new Error(`${[program, ...args].join(' ')} failed`);
      times[index]!.push(performance.now() - start);
    });
  }
  return times.map((list) => list.sort((a, b) => a - b)[list.length >> 1]!);
}

if (isSandboxed()) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sandbox-'));
  const inSandbox = (command: string[]) => withMemoryLimit(sandboxed(command, [dir]), 1024 ** 3);
  const node = [process.execPath, '-e', ''];
  const [bare, confined, nodePlain, nodeConfined] = startCost([['true'], inSandbox(['true']), node, inSandbox(node)]);
  rmSync(dir, { recursive: true });
  const added = confined! - bare!;
  console.log(`sandbox (bwrap + prlimit) per run: +${added.toFixed(1)} ms (\`true\`: ${bare!.toFixed(1)} -> ${confined!.toFixed(1)} ms)`);
  console.log(`sandboxed / plain Node start = ${(nodeConfined! / nodePlain!).toFixed(2)}x (${nodePlain!.toFixed(0)} -> ${nodeConfined!.toFixed(0)} ms); `
    + 'CPython and PyPy pay it once per fork server, not per run');
} else {
  console.log('sandbox cost: not measured, runs are not sandboxed on this machine (bwrap missing)');
}
