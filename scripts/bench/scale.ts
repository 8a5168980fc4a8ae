/**
 * How the check grows with the number of examples: the whole examples/ tree copied `factor` times into a
 * temporary project, checked with the result cache off, against one copy. Linear growth keeps the time per run
 * flat; parallel efficiency is CPU time over wall time times cores.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure } from './measure.ts';

function check(root: string, copies: number) {
  const project = mkdtempSync(join(tmpdir(), `bench-scale-${copies}-`));
  try {
    for (let copy = 1; copy <= copies; copy++) cpSync(join(root, 'examples'), join(project, 'examples', `copy${copy}`), { recursive: true });
    // Start-up snapshots, as a developer's machine has them; the project's packages, which examples import.
    symlinkSync(join(root, '.cache'), join(project, '.cache'));
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
    const { seconds, cpuSeconds, stdout } = measure(process.execPath, [join(root, 'packages/starlight-checked-examples/bin/starlight-checked-examples.mjs'), '--no-cache'], { cwd: project });
    const runs = [...stdout.matchAll(/: (\d+) passed/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    return { seconds, cpuSeconds, runs };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

export function scaling(root: string, factor: number): void {
  const cores = availableParallelism();
  const results = [1, factor].map((copies) => ({ copies, ...check(root, copies) }));
  for (const { copies, seconds, cpuSeconds, runs } of results) {
    const efficiency = cpuSeconds / (seconds * cores);
    console.log(
      `${String(copies).padStart(3)}x: ${runs} runs in ${seconds.toFixed(2)} s = ${((seconds * 1000) / runs).toFixed(1)} ms per run, ` +
        `${cpuSeconds.toFixed(2)} CPU s, parallel efficiency ${(efficiency * 100).toFixed(0)}% of ${cores} cores`,
    );
  }
  const [one, many] = results as [(typeof results)[0], (typeof results)[0]];
  const growth = many.seconds / many.runs / (one.seconds / one.runs);
  console.log(`time per run at ${factor}x / at 1x = ${growth.toFixed(2)} (<= 1 is linear or better)`);
}
