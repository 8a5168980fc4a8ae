/**
 * Pyodide (CPython compiled to WebAssembly, from npm): the Python runtime that is always there.
 *
 * Each interpreter lives in a worker thread and is reused across examples (loading one takes seconds); the
 * driver (pyodide-driver.py) gives every run a fresh __main__ and restores the interpreter afterwards.
 * A run that exceeds its time limit gets a KeyboardInterrupt through Pyodide's interrupt buffer, so the report
 * names the line it was stuck on; if Python does not stop, the worker is terminated and replaced.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { GRACE_MS } from '../limits.ts';
import type { ExampleFile, RunLimits, RunOutput, Runtime } from '../types.ts';
import { Pool } from './pool.ts';
import type { RunReply, RunRequest } from './pyodide-worker.ts';
import { sandboxedWorker, type WorkerLike } from './sandboxed-worker.ts';

const SIGINT = 2;

function pyodideVersion(): { pyodide: string; python: string } {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('pyodide/package.json');
  const lock = JSON.parse(readFileSync(pkg.replace(/package\.json$/, 'pyodide-lock.json'), 'utf8'));
  return { pyodide: JSON.parse(readFileSync(pkg, 'utf8')).version, python: lock.info.python };
}

class Interpreter {
  private readonly interrupt = new Int32Array(new SharedArrayBuffer(4));
  private readonly worker: WorkerLike;
  private runs = 0;
  readonly ready: Promise<void>;

  constructor(snapshotPath: string | undefined) {
    this.worker = sandboxedWorker(new URL('./pyodide-worker.ts', import.meta.url), { interruptBuffer: this.interrupt.buffer, snapshotPath });
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('message', () => resolve());
      this.worker.once('error', reject);
    });
  }

  /** Runs one example; resolves with `undefined` when the interpreter had to be killed (it is then unusable). */
  async run(example: ExampleFile, limits: RunLimits): Promise<RunOutput | undefined> {
    await this.ready;
    const request: RunRequest = {
      path: example.absPath,
      source: example.source,
      cwd: `/tmp/run-${++this.runs}`,
      maxOutputBytes: limits.maxOutputBytes,
      maxMemoryBytes: limits.maxMemoryBytes,
    };
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const reply = new Promise<RunReply | undefined>((resolve) => {
      const done = (result: RunReply | undefined) => {
        this.worker.off('message', done);
        this.worker.off('exit', exited);
        resolve(result);
      };
      const exited = () => done(undefined);
      this.worker.on('message', done);
      this.worker.on('exit', exited);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      Atomics.store(this.interrupt, 0, SIGINT);
      killTimer = setTimeout(() => void this.worker.terminate(), GRACE_MS);
    }, limits.timeoutMs);
    this.worker.postMessage(request);
    const result = await reply;
    clearTimeout(timer);
    clearTimeout(killTimer);
    if (!result) return undefined;
    return { ...result, timedOut };
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

export interface PyodideOptions {
  /** Interpreters at most. One is the default: starting one costs as much as many runs, and the other runtimes
   * keep the remaining cores busy meanwhile. */
  size?: number;
  /** A folder for the start-up snapshot (see pyodide-worker.ts); none means every interpreter starts cold. */
  snapshotDir?: string;
}

export function pyodideRuntime({ size = 1, snapshotDir }: PyodideOptions = {}): Runtime {
  const version = pyodideVersion();
  const label = `Pyodide ${version.pyodide} (Python ${version.python})`;
  if (snapshotDir) mkdirSync(snapshotDir, { recursive: true });
  const snapshotPath = snapshotDir && join(snapshotDir, `pyodide-${version.pyodide}-node-${process.versions.node}.snapshot`);
  const pool = new Pool(size, () => new Interpreter(snapshotPath), (interpreter) => interpreter.terminate());

  return {
    id: 'pyodide',
    language: 'python',
    parallelism: size,
    label,
    version: label,
    async run(example, limits) {
      const interpreter = await pool.acquire();
      const output = await interpreter.run(example, limits);
      if (output) {
        pool.release(interpreter);
        return output;
      }
      // The interpreter did not stop after the interrupt and was killed.
      pool.replace(interpreter);
      return { stdout: '', stderr: '', exitCode: null, timedOut: true, outputExceeded: false };
    },
    dispose: () => pool.dispose(),
  };
}
