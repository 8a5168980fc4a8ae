/**
 * The sandbox's cost: `true` and an empty Node program, each started plainly and inside the sandbox every run gets
 * (the package's src/engine/runtimes/sandbox.ts), in turn, 20 times each; the medians count.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isSandboxed, sandboxed, withMemoryLimit } from 'starlight-checked-examples/runtime';

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

export function sandboxCost(): void {
  if (!isSandboxed()) {
    console.log('sandbox cost: not measured, runs are not sandboxed on this machine (bwrap missing)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-sandbox-'));
  const inSandbox = (command: string[]) => withMemoryLimit(sandboxed(command, [dir]), 1024 ** 3);
  const node = [process.execPath, '-e', ''];
  const [bare, confined, nodePlain, nodeConfined] = startCost([['true'], inSandbox(['true']), node, inSandbox(node)]);
  rmSync(dir, { recursive: true });
  const added = confined! - bare!;
  console.log(`sandbox (bwrap + prlimit) per run: +${added.toFixed(1)} ms (\`true\`: ${bare!.toFixed(1)} -> ${confined!.toFixed(1)} ms)`);
  console.log(`sandboxed / plain Node start = ${(nodeConfined! / nodePlain!).toFixed(2)}x (${nodePlain!.toFixed(0)} -> ${nodeConfined!.toFixed(0)} ms); `
    + 'CPython and PyPy pay it once per fork server, not per run');
}
