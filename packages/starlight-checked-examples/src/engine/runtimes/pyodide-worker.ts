/** A worker thread that owns one Pyodide interpreter and runs examples on request (see pyodide.ts). */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { loadPyodide as LoadPyodide, PyodideAPI } from 'pyodide';
import { capWasmMemory, guardWrites, refuseSockets } from './pyodide-sandbox.ts';
import { ownThreadClock } from './thread-cpu.ts';

/** The worker's first message: it is ready, and this is its CPU clock (thread-cpu.ts). */
export interface ReadyMessage {
  clock: string | undefined;
}

export interface RunRequest {
  path: string;
  source: string;
  cwd: string;
  maxOutputBytes: number;
  maxMemoryBytes: number;
}

export interface RunReply {
  stdout: string;
  stderr: string;
  exitCode: number;
  outputExceeded: boolean;
  /** The example ended the interpreter (`os._exit()`): it cannot run again. */
  exited: boolean;
}

const SIGINT = 2;

/**
 * Starting Pyodide takes over a second; restoring a memory snapshot of a freshly started interpreter takes a
 * fifth of that. The first start writes the snapshot, later ones restore it; a snapshot that does not load is
 * replaced. (The snapshot options are Pyodide's own, marked experimental with a leading underscore.)
 */
async function startPyodide(loadPyodide: typeof LoadPyodide, snapshotPath: string | undefined): Promise<PyodideAPI> {
  if (!snapshotPath) return loadPyodide();
  if (existsSync(snapshotPath)) {
    try {
      return await loadPyodide({ _loadSnapshot: readFileSync(snapshotPath) });
    } catch {
      rmSync(snapshotPath, { force: true });
    }
  }
  const fresh = await loadPyodide({ _makeSnapshot: true });
  writeFileSync(`${snapshotPath}.${process.pid}.tmp`, fresh.makeMemorySnapshot());
  renameSync(`${snapshotPath}.${process.pid}.tmp`, snapshotPath);
  return fresh;
}

const interrupt = new Int32Array(workerData.interruptBuffer as SharedArrayBuffer);
const capMemory = capWasmMemory();
// The Pyodide version this worker runs: the ES module of `pyodide` or one of its npm aliases (one version per thread).
const { loadPyodide } = (await import(workerData.pyodideModule as string)) as { loadPyodide: typeof LoadPyodide };
const pyodide = await startPyodide(loadPyodide, workerData.snapshotPath as string | undefined);
const setWritable = guardWrites(pyodide);
refuseSockets(pyodide);
pyodide.setInterruptBuffer(interrupt);
for (const file of ['./_example_runner.py', './pyodide-driver.py']) pyodide.runPython(readFileSync(new URL(file, import.meta.url), 'utf8'));
// No network for examples: Python reaches JavaScript through the `js` module, so take the worker's
// network APIs away once Pyodide (which loads from local files) is up.
// Pyodide also leaves a `require` on the global object that hands out Node's fs and child_process.
for (const name of ['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest', 'require']) Reflect.deleteProperty(globalThis, name);
const runExample = pyodide.globals.get('run_example') as (path: string, source: string, cwd: string) => number;
// time.sleep in Pyodide spins until the time is up; the driver makes it wait on this instead, so a sleeping
// example uses no CPU time (its limit is CPU time, see pyodide.ts).
const sleepCell = new Int32Array(new SharedArrayBuffer(4));
pyodide.globals.set('_wait_ms', (ms: number) => Atomics.wait(sleepCell, 0, 0, ms));

/** What Pyodide throws when the program exits (`os._exit()`, C's `exit()`): it is unusable afterwards. */
const exitStatus = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | undefined)?.status;
  return error instanceof Error && error.name === 'Exit' && typeof status === 'number' ? status : undefined;
};

let stdout: Uint8Array[] = [];
let stderr: Uint8Array[] = [];
let sizes = { stdout: 0, stderr: 0 };
let limit = Infinity;
let outputExceeded = false;

// Each stream has its own limit, so the traceback of an interrupted run still reaches stderr.
const sink = (stream: 'stdout' | 'stderr', into: () => Uint8Array[]) => ({
  write(buffer: Uint8Array) {
    sizes[stream] += buffer.length;
    if (sizes[stream] > limit) {
      // Stop the program the same way a time-out does: KeyboardInterrupt at the next bytecode.
      outputExceeded = true;
      Atomics.store(interrupt, 0, SIGINT);
    } else {
      into().push(buffer.slice());
    }
    return buffer.length;
  },
});
pyodide.setStdout(sink('stdout', () => stdout));
pyodide.setStderr(sink('stderr', () => stderr));

const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');

parentPort!.on('message', (request: RunRequest) => {
  stdout = [];
  stderr = [];
  sizes = { stdout: 0, stderr: 0 };
  limit = request.maxOutputBytes;
  outputExceeded = false;
  Atomics.store(interrupt, 0, 0);
  // The example's own folder, mounted for this run only; the guard keeps it read-only (pyodide-sandbox.ts).
  const folder = request.path.slice(0, request.path.lastIndexOf('/'));
  pyodide.mountNodeFS(folder, folder);
  pyodide.FS.mkdirTree(request.cwd);
  capMemory(request.maxMemoryBytes);
  setWritable(request.cwd);
  let exitCode: number;
  try {
    exitCode = runExample(request.path, request.source, request.cwd);
  } catch (error) {
    const status = exitStatus(error);
    if (status === undefined) throw error;
    // Reported as the exit it is, with what the example printed; the interpreter is replaced (pyodide.ts).
    const reply: RunReply = { stdout: text(stdout), stderr: text(stderr), exitCode: status, outputExceeded, exited: true };
    parentPort!.postMessage(reply);
    return;
  }
  setWritable(undefined);
  capMemory(Infinity);
  pyodide.FS.unmount(folder);
  try {
    pyodide.FS.rmdir(request.cwd); // emptied by the driver, which could not remove it (its parent is read-only)
  } catch {
    // A run that locked its own folder leaves it behind; the next run gets a new one.
  }
  const reply: RunReply = { stdout: text(stdout), stderr: text(stderr), exitCode, outputExceeded, exited: false };
  parentPort!.postMessage(reply);
});
const ready: ReadyMessage = { clock: ownThreadClock() };
parentPort!.postMessage(ready);
