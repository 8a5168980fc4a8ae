/**
 * A run's limit is the CPU time it uses, not the time on the clock: beside a busy machine (two processes that
 * spin for the whole test) an example that sleeps past its limit passes, one that spins fails with the CPU-time
 * message, and one that waits for ever is stopped by the wall-clock limit, with its own message. On every Python
 * runtime, and on the TypeScript runtimes that run a process per example (Chromium has its own tests).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkExamples, type CheckReport } from '../../src/engine/check.ts';
import { detectRuntimes } from '../../src/engine/runtimes/index.ts';
import type { Runtime } from '../../src/engine/types.ts';
import { exampleProject } from '../helpers/example-project.ts';

const lines = (text: string[]) => text.join('\n') + '\n';
const PROCESS_PER_RUN = ['node', 'bun', 'quickjs'];

const busy: ChildProcess[] = [];
let runtimes: Runtime[] = [];
let checked: Runtime[] = [];
let report: CheckReport;

beforeAll(async () => {
  for (let i = 0; i < 2; i++) busy.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  ({ runtimes } = await detectRuntimes(join(process.cwd(), '.cache')));
  checked = runtimes.filter((r) => r.language === 'python' || PROCESS_PER_RUN.includes(r.id));
  const root = exampleProject('cpu-limit-', {
    'python/sleeps.py': lines(['# check: timeout=2', 'import time', 'print("start", flush=True)', 'time.sleep(3)', 'print("done")']),
    'python/sleeps.out': 'start\ndone\n',
    'python/spins.py': lines(['# check: timeout=2', 'print("start", flush=True)', 'while True:', '    pass']),
    'python/spins.out': 'start\n',
    'python/ignores.py': lines(['# check: timeout=2', 'while True:', '    try:', '        while True:', '            pass', '    except KeyboardInterrupt:', '        pass']),
    'python/ignores.out': '',
    'python/waits.py': lines(['# check: timeout=1', 'import time', 'time.sleep(1000)']),
    'python/waits.out': '',
    'ts/sleeps.ts': lines(['// check: timeout=2', "console.log('start');", 'await new Promise((resolve) => setTimeout(resolve, 3000));', "console.log('done');"]),
    'ts/sleeps.out': 'start\ndone\n',
    'ts/spins.ts': lines(['// check: timeout=2', "console.log('start');", 'while (true) {}']),
    'ts/spins.out': 'start\n',
    'ts/waits.ts': lines(['// check: timeout=1 not-on=quickjs (virtual time)', 'await new Promise((resolve) => setTimeout(resolve, 1_000_000));']),
    'ts/waits.out': '',
  });
  report = await checkExamples({ root, runtimes: checked, cacheDir: false });
});

afterAll(async () => {
  for (const child of busy) child.kill();
  await Promise.all(runtimes.map((r) => r.dispose()));
});

/** Each runtime's failure message for an example (undefined: it passed). */
function messages(path: string): Record<string, string | undefined> {
  const result = report.results.find((r) => r.path === `examples/${path}`)!;
  return Object.fromEntries(result.results.map((r) => [r.runtime, r.failure?.message]));
}
const expectEverywhere = (path: string, ids: string[], message: string | undefined) =>
  expect(messages(path)).toEqual(Object.fromEntries(ids.map((id) => [id, message])));

const python = () => checked.filter((r) => r.language === 'python').map((r) => r.id);
const ts = () => checked.filter((r) => r.language === 'ts').map((r) => r.id);
const CPU = 'used more than 2 s of CPU time (an endless loop? raise the limit with a "check: timeout=<seconds>" comment)';
const WALL = 'still running after 5 s of wall-clock time (waiting for something that never happens? raise the limit with a "check: timeout=<seconds>" comment)';

it('runs Python on CPython and the three Pyodide builds at least, and TypeScript on Node', () => {
  expect(python()).toEqual(expect.arrayContaining(['cpython', 'py312', 'py313', 'py314']));
  expect(ts()).toContain('node');
});

it('passes an example that sleeps longer than its limit: sleeping uses no CPU time', () => {
  expectEverywhere('python/sleeps.py', python(), undefined);
  expectEverywhere('ts/sleeps.ts', ts(), undefined);
});

it('stops an example that spins at its CPU-time limit, and says so', () => {
  expectEverywhere('python/spins.py', python(), CPU);
  expectEverywhere('ts/spins.ts', ts(), CPU);
});

// Pyodide stops a run with a KeyboardInterrupt; one that catches it and spins on is killed once it has used the
// grace period's CPU time more (pyodide.ts). Native runtimes get SIGXCPU, which Python cannot catch.
it('stops an example that catches the interrupt and spins on, at its CPU-time limit', () => {
  expectEverywhere('python/ignores.py', python(), CPU);
});

it('names the line a Python example was spinning on', () => {
  const result = report.results.find((r) => r.path === 'examples/python/spins.py')!;
  for (const run of result.results) expect(run.failure!.location, run.runtime).toMatch(/^examples\/python\/spins\.py:[34]$/);
});

// Also on Pyodide, whose own time.sleep spins: a spinning thread waits for a CPU whenever it is not on one, and
// that wait does not count towards the wall-clock limit, so a spinning sleep would reach the CPU-time limit first
// however busy the machine is (it did, before the driver made time.sleep wait).
it('stops an example that waits for ever at the wall-clock limit, five times its CPU-time limit', () => {
  expectEverywhere('python/waits.py', python(), WALL);
  expectEverywhere('ts/waits.ts', ts().filter((id) => id !== 'quickjs'), WALL);
});
