/**
 * An example that ends its interpreter (`os._exit()`) is reported as the exit it is, on every Python runtime, as
 * CPython reports it; a Pyodide worker that cannot start fails the runs that wait for it, once each, and never
 * leaves a promise rejected unobserved; a pool slot comes back whatever its work did.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkExamples } from '../../src/engine/check.ts';
import { detectRuntimes } from '../../src/engine/runtimes/index.ts';
import { Pool } from '../../src/engine/runtimes/pool.ts';
import { pyodideRuntime } from '../../src/engine/runtimes/pyodide.ts';
import { exampleProject } from '../helpers/example-project.ts';

const lines = (text: string[]) => text.join('\n') + '\n';

/** Rejections nobody handled while a test ran (Node reports them as a crash of the CLI). */
const unhandled: unknown[] = [];
const record = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', record);
});
afterEach(() => {
  process.off('unhandledRejection', record);
});
/** Lets a rejection that nobody handles reach the unhandledRejection event. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('os._exit()', () => {
  it('is reported as the exit it is, with its status, on every Python runtime; the next example runs', async () => {
    const { runtimes } = await detectRuntimes(join(process.cwd(), '.cache'));
    const python = runtimes.filter((r) => r.language === 'python');
    try {
      const root = exampleProject('exit-', {
        'python/a_exit_0.py': lines(['import os', 'print("before the exit", flush=True)', 'os._exit(0)', 'print("never")']),
        'python/a_exit_0.out': 'before the exit\n',
        'python/b_exit_3.py': lines(['import os', 'print("before the exit", flush=True)', 'os._exit(3)']),
        'python/b_exit_3.out': 'before the exit\n',
        'python/c_after.py': lines(['print("the next example runs")']),
        'python/c_after.out': 'the next example runs\n',
      });
      // One run at a time, so on Pyodide each example runs on the interpreter that replaced the one before.
      const report = await checkExamples({ root, runtimes: python, cacheDir: false, concurrency: 1 });
      const outcome = (file: string) =>
        report.results.find((r) => r.path === `examples/python/${file}`)!.results.map((r) => ({ runtime: r.runtime, stdout: r.stdout, failure: r.failure }));
      const everywhere = (expected: object) => python.map((r) => ({ runtime: r.id, ...expected }));
      expect(outcome('a_exit_0.py')).toEqual(everywhere({ stdout: 'before the exit\n', failure: undefined }));
      expect(outcome('b_exit_3.py')).toEqual(
        everywhere({ stdout: 'before the exit\n', failure: { location: 'examples/python/b_exit_3.py', message: 'exited with status 3', detail: undefined } }),
      );
      expect(outcome('c_after.py')).toEqual(everywhere({ stdout: 'the next example runs\n', failure: undefined }));
    } finally {
      await Promise.all(runtimes.map((r) => r.dispose()));
    }
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('leaves no unhandled rejection when the check ends while the replacement interpreter starts', async () => {
    const pyodide = pyodideRuntime({ id: 'py314', packageName: 'pyodide' })!;
    const root = exampleProject('exit-dispose-', { 'python/exit.py': lines(['# check: no-output-on=py314 (it only exits)', 'import os', 'os._exit(0)']), 'python/exit.out': '' });
    const report = await checkExamples({ root, runtimes: [pyodide], cacheDir: false });
    expect(report.results[0]!.results[0]!.failure).toBeUndefined();
    await pyodide.dispose(); // stops the replacement before it is ready
    await settle();
    expect(unhandled).toEqual([]);
  });
});

describe('a Pyodide worker that cannot start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'broken-worker-'));
  const worker = join(dir, 'worker.mjs');
  writeFileSync(worker, "throw new Error('this worker cannot start');\n");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails each run that waits for it, once, with the reason; the pool does not hang', async () => {
    const pyodide = pyodideRuntime({ id: 'py314', packageName: 'pyodide', workerUrl: pathToFileURL(worker) })!;
    const root = exampleProject('no-start-', {
      'python/a.py': 'print("a")\n',
      'python/a.out': 'a\n',
      'python/b.py': 'print("b")\n',
      'python/b.out': 'b\n',
    });
    try {
      // One interpreter: the second run gets the slot only if the first gave it back.
      const report = await checkExamples({ root, runtimes: [pyodide], cacheDir: false, concurrency: 1 });
      for (const result of report.results) {
        expect(result.results.map((r) => r.failure)).toEqual([
          { location: result.path, message: 'Pyodide did not start: this worker cannot start', detail: undefined },
        ]);
      }
    } finally {
      await pyodide.dispose();
    }
    await settle();
    expect(unhandled).toEqual([]);
  });
});

describe('Pool.use', () => {
  it('gives the slot back when the work throws, so the next work runs', async () => {
    let made = 0;
    const destroyed: number[] = [];
    const pool = new Pool(1, () => ++made, async (item) => destroyed.push(item));
    await expect(pool.use(async () => Promise.reject(new Error('the run threw')))).rejects.toThrow('the run threw');
    expect(await pool.use(async (item) => `ran on ${item}`)).toBe('ran on 2');
    expect(destroyed).toEqual([1]);
  });

  it('replaces an item its work left unusable, and gives a usable one back as it is', async () => {
    let made = 0;
    const pool = new Pool(1, () => ({ id: ++made, alive: true }), async () => {});
    await pool.use(async (item) => (item.alive = false), (item) => item.alive);
    expect(await pool.use(async (item) => item.id, (item) => item.alive)).toBe(2);
    expect(await pool.use(async (item) => item.id, (item) => item.alive)).toBe(2);
  });
});
