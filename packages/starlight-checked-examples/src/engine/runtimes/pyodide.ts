/**
 * Pyodide (CPython compiled to WebAssembly, from npm): the Python runtimes that are always there, one per Python
 * version. Each version is its own npm package (`pyodide` and the `pyodide-py3xx` aliases in package.json); two
 * versions cannot share one JavaScript realm, and each interpreter has its own worker thread anyway.
 *
 * Each interpreter lives in a worker thread and is reused across examples (loading one takes seconds); the
 * driver (pyodide-driver.py) gives every run a fresh __main__ and restores the interpreter afterwards.
 * A run that exceeds its CPU-time or wall-clock limit gets a KeyboardInterrupt through Pyodide's interrupt buffer,
 * so the report names the line it was stuck on; if Python does not stop, the worker is terminated and replaced.
 * An example that ends the interpreter (`os._exit()`) is reported as the exit it is, and the worker replaced too.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PYODIDE_GRACE_MS, wallClockLimitMs } from '../limits.ts';
import type { ExampleFile, RunLimits, RunOutput, Runtime, RuntimeId } from '../types.ts';
import { Pool } from './pool.ts';
import type { ReadyMessage, RunReply, RunRequest } from './pyodide-worker.ts';
import { sandboxedWorker, type WorkerLike } from './sandboxed-worker.ts';
import { siteRequire } from './site-packages.ts';
import { cpuMs } from './thread-cpu.ts';
import { WallClock } from './wall-clock.ts';

const SIGINT = 2;
const WORKER = new URL('./pyodide-worker.ts', import.meta.url);

/**
 * The Pyodide packages, by runtime id: `pyodide` is this package's own (the Run button's too); a site adds the
 * others, aliases of earlier releases (`"pyodide-py312": "npm:pyodide@0.27.7"` in its package.json), and they are
 * looked up from its root.
 */
export const PYODIDE_PACKAGES = [
  { id: 'py312', packageName: 'pyodide-py312', install: 'pyodide-py312@npm:pyodide@0.27.7' },
  { id: 'py313', packageName: 'pyodide-py313', install: 'pyodide-py313@npm:pyodide@0.29.3' },
  { id: 'py314', packageName: 'pyodide', install: 'pyodide' },
] as const satisfies readonly { id: RuntimeId; packageName: string; install: string }[];

const OWN_PYODIDE = 'pyodide';

/** The installed package's versions, and its ES module. */
function installedPyodide(packageName: string, root: string): { pyodide: string; python: string; module: string } | undefined {
  const require = packageName === OWN_PYODIDE ? createRequire(import.meta.url) : siteRequire(root);
  let pkg: string;
  try {
    pkg = require.resolve(`${packageName}/package.json`);
  } catch {
    return undefined;
  }
  const lock = JSON.parse(readFileSync(pkg.replace(/package\.json$/, 'pyodide-lock.json'), 'utf8'));
  const module = pathToFileURL(join(dirname(pkg), 'pyodide.mjs')).href;
  return { pyodide: JSON.parse(readFileSync(pkg, 'utf8')).version, python: lock.info.python, module };
}

/** How often a run's CPU time is read. */
const CPU_POLL_MS = 100;

const blank = { stdout: '', stderr: '', exitCode: null, timedOut: false, outputExceeded: false } satisfies RunOutput;

class Interpreter {
  private readonly interrupt = new Int32Array(new SharedArrayBuffer(4));
  private readonly worker: WorkerLike;
  private runs = 0;
  /** Resolves with the worker's CPU clock once it is ready; rejects when it fails to start. */
  private readonly ready: Promise<ReadyMessage>;
  /** Why the worker failed, when it did (an error in the worker thread or its process). */
  private failure: Error | undefined;
  /** False once the interpreter cannot run again (it exited, was killed or never started): the pool replaces it. */
  alive = true;

  constructor(workerUrl: URL, pyodideModule: string, snapshotPath: string | undefined) {
    this.worker = sandboxedWorker(workerUrl, {
      interruptBuffer: this.interrupt.buffer,
      snapshotPath,
      pyodideModule,
    });
    this.worker.on('error', (error: Error) => (this.failure ??= error));
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('message', resolve);
      this.worker.once('exit', (code: number) => reject(this.failure ?? new Error(`the Pyodide worker exited (${code}) before it was ready`)));
    });
    // A replacement nobody runs on (the check ended) may fail to start unobserved; a run that waits for it reports it.
    this.ready.catch(() => {});
  }

  /** Runs one example. Never throws: an interpreter that fails says so in the output and is no longer `alive`. */
  async run(example: ExampleFile, limits: RunLimits): Promise<RunOutput> {
    let clock: string | undefined;
    try {
      ({ clock } = await this.ready);
    } catch (error) {
      this.alive = false;
      return { ...blank, error: `Pyodide did not start: ${(error as Error).message}` };
    }
    const request: RunRequest = {
      path: example.absPath,
      source: example.source,
      cwd: `/tmp/run-${++this.runs}`,
      maxOutputBytes: limits.maxOutputBytes,
      maxMemoryBytes: limits.maxMemoryBytes,
    };
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
    // Stopped like the other runtimes: a KeyboardInterrupt names the line, and a worker that does not stop is killed.
    let cpuExceeded = false;
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    let cpuAtStop: number | undefined;
    const stop = (limit: 'cpu' | 'wall') => {
      if (killTimer) return;
      if (limit === 'cpu') cpuExceeded = true;
      else timedOut = true;
      Atomics.store(this.interrupt, 0, SIGINT);
      cpuAtStop = clock === undefined ? undefined : cpuMs(clock);
      // A worker that ignores the interrupt goes on using CPU: it is killed once it has used the grace period more
      // (below). The timer is the backstop for one that waits instead, and where no CPU clock exists. Timed by the
      // wall clock alone, a kill could win against a reply on a machine too busy to deliver it, losing the traceback.
      killTimer = setTimeout(() => void this.worker.terminate(), PYODIDE_GRACE_MS * (cpuAtStop === undefined ? 1 : 4));
    };
    // CPU time is the worker thread's own (thread-cpu.ts); where there is no clock, only the wall-clock limit holds.
    const cpuAtStart = clock === undefined ? undefined : cpuMs(clock);
    const cpuWatch =
      cpuAtStart === undefined
        ? undefined
        : setInterval(() => {
            const now = cpuMs(clock!);
            if (now === undefined) return;
            if (now - cpuAtStart >= limits.timeoutMs) stop('cpu');
            if (cpuAtStop !== undefined && now - cpuAtStop >= PYODIDE_GRACE_MS) void this.worker.terminate();
          }, CPU_POLL_MS);
    const wallClock = new WallClock(wallClockLimitMs(limits), () => stop('wall'), clock);
    this.worker.postMessage(request);
    const result = await reply;
    clearInterval(cpuWatch);
    wallClock.stop();
    clearTimeout(killTimer);
    if (!result) {
      this.alive = false;
      if (cpuExceeded || timedOut) return { ...blank, cpuExceeded, timedOut };
      return { ...blank, error: `the Pyodide worker stopped during the run${this.failure ? `: ${this.failure.message}` : ''}` };
    }
    if (result.exited) this.alive = false;
    const { exited, ...output } = result;
    return { ...output, cpuExceeded, timedOut };
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

export interface PyodideOptions {
  id: RuntimeId;
  /** The npm package (or alias) that holds this Pyodide version. */
  packageName: string;
  /** The site's root, where a package other than this package's own `pyodide` is looked up (the current folder when absent). */
  root?: string;
  /** Interpreters at most. One is the default: starting one costs as much as many runs, and the other runtimes
   * keep the remaining cores busy meanwhile. */
  size?: number;
  /** A folder for the start-up snapshot (see pyodide-worker.ts); none means every interpreter starts cold. */
  snapshotDir?: string;
  /** The worker module (tests give one that fails to start). */
  workerUrl?: URL;
}

/** The runtime, or undefined when its package is not installed. */
export function pyodideRuntime({ id, packageName, root = process.cwd(), size = 1, snapshotDir, workerUrl = WORKER }: PyodideOptions): Runtime | undefined {
  const version = installedPyodide(packageName, root);
  if (!version) return undefined;
  const label = `CPython ${version.python} (Pyodide ${version.pyodide})`;
  if (snapshotDir) mkdirSync(snapshotDir, { recursive: true });
  const snapshotPath = snapshotDir && join(snapshotDir, `pyodide-${version.pyodide}-node-${process.versions.node}.snapshot`);
  const pool = new Pool(size, () => new Interpreter(workerUrl, version.module, snapshotPath), (interpreter) => interpreter.terminate());

  return {
    id,
    language: 'python',
    parallelism: size,
    label,
    family: 'CPython',
    shortVersion: version.python.split('.').slice(0, 2).join('.'),
    version: label,
    run: (example, limits) => pool.use((interpreter) => interpreter.run(example, limits), (interpreter) => interpreter.alive),
    dispose: () => pool.dispose(),
  };
}
