/**
 * Pyodide (CPython compiled to WebAssembly, from npm): the Python runtimes that are always there, one per Python
 * version. Each version is its own npm package (`pyodide` and the `pyodide-py3xx` aliases in package.json); two
 * versions cannot share one JavaScript realm, and each interpreter has its own worker thread anyway.
 *
 * Each interpreter lives in a worker thread and is reused across examples (loading one takes seconds); the
 * driver (pyodide-driver.py) gives every run a fresh __main__ and restores the interpreter afterwards.
 * A run that exceeds its time limit gets a KeyboardInterrupt through Pyodide's interrupt buffer, so the report
 * names the line it was stuck on; if Python does not stop, the worker is terminated and replaced.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PYODIDE_GRACE_MS } from '../limits.ts';
import type { ExampleFile, RunLimits, RunOutput, Runtime, RuntimeId } from '../types.ts';
import { Pool } from './pool.ts';
import type { RunReply, RunRequest } from './pyodide-worker.ts';
import { sandboxedWorker, type WorkerLike } from './sandboxed-worker.ts';

const SIGINT = 2;

/** The Pyodide packages the project installs, by runtime id (see package.json). */
export const PYODIDE_PACKAGES = [
  { id: 'py312', packageName: 'pyodide-py312' },
  { id: 'py313', packageName: 'pyodide-py313' },
  { id: 'py314', packageName: 'pyodide' },
] as const satisfies readonly { id: RuntimeId; packageName: string }[];

function pyodideVersion(packageName: string): { pyodide: string; python: string } | undefined {
  const require = createRequire(import.meta.url);
  let pkg: string;
  try {
    pkg = require.resolve(`${packageName}/package.json`);
  } catch {
    return undefined;
  }
  const lock = JSON.parse(readFileSync(pkg.replace(/package\.json$/, 'pyodide-lock.json'), 'utf8'));
  return { pyodide: JSON.parse(readFileSync(pkg, 'utf8')).version, python: lock.info.python };
}

class Interpreter {
  private readonly interrupt = new Int32Array(new SharedArrayBuffer(4));
  private readonly worker: WorkerLike;
  private runs = 0;
  readonly ready: Promise<void>;

  constructor(packageName: string, snapshotPath: string | undefined) {
    this.worker = sandboxedWorker(new URL('./pyodide-worker.ts', import.meta.url), {
      interruptBuffer: this.interrupt.buffer,
      snapshotPath,
      packageName,
    });
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
      killTimer = setTimeout(() => void this.worker.terminate(), PYODIDE_GRACE_MS);
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
  id: RuntimeId;
  /** The npm package (or alias) that holds this Pyodide version. */
  packageName: string;
  /** Interpreters at most. One is the default: starting one costs as much as many runs, and the other runtimes
   * keep the remaining cores busy meanwhile. */
  size?: number;
  /** A folder for the start-up snapshot (see pyodide-worker.ts); none means every interpreter starts cold. */
  snapshotDir?: string;
}

/** The runtime, or undefined when its package is not installed. */
export function pyodideRuntime({ id, packageName, size = 1, snapshotDir }: PyodideOptions): Runtime | undefined {
  const version = pyodideVersion(packageName);
  if (!version) return undefined;
  const label = `CPython ${version.python} (Pyodide ${version.pyodide})`;
  if (snapshotDir) mkdirSync(snapshotDir, { recursive: true });
  const snapshotPath = snapshotDir && join(snapshotDir, `pyodide-${version.pyodide}-node-${process.versions.node}.snapshot`);
  const pool = new Pool(size, () => new Interpreter(packageName, snapshotPath), (interpreter) => interpreter.terminate());

  return {
    id,
    language: 'python',
    parallelism: size,
    label,
    family: 'CPython',
    shortVersion: version.python.split('.').slice(0, 2).join('.'),
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
