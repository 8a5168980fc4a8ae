/** Wall-clock and CPU time of a child process, its own and that of every process it waited for. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** CPU seconds of the children this process has waited for (fields cutime + cstime of /proc/self/stat). */
function childrenCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

export interface Measured {
  seconds: number;
  cpuSeconds: number;
  stdout: string;
}

export function measure(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Measured {
  const cpuBefore = childrenCpu();
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return { seconds, cpuSeconds: childrenCpu() - cpuBefore, stdout: result.stdout };
}
