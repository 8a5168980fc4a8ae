/**
 * A worker thread inside a sandboxed process, for Pyodide (pyodide.ts).
 *
 * Python in Pyodide reaches every JavaScript global through its `js` module, and from there Node's own APIs
 * (`process.getBuiltinModule('node:fs')`, `import()`): inside the check's process no guard in the interpreter can
 * stop that. So where bwrap runs (sandbox.ts), each worker thread lives in a process of its own, worker-host.ts,
 * started under the same sandbox as every other run, and this class relays the Worker API pyodide.ts uses
 * (postMessage, the message/error/exit events, terminate) over an IPC channel.
 *
 * Shared memory cannot cross processes: SharedArrayBuffers in workerData (Pyodide's interrupt buffer) are
 * recreated in the host and watched here, and a value stored into one is forwarded.
 * A start-up snapshot the worker has to write (workerData.snapshotPath, see pyodide-worker.ts) is written to a
 * folder of the sandbox's own and moved into place here once the worker is ready; nothing else is writable.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { OWN_TS_ARGV } from '../own-typescript.ts';
import { isSandboxed, sandboxed } from './sandbox.ts';

/** The part of a Worker that pyodide.ts uses. */
export interface WorkerLike {
  on(event: string, listener: (...args: any[]) => void): unknown;
  once(event: string, listener: (...args: any[]) => void): unknown;
  off(event: string, listener: (...args: any[]) => void): unknown;
  postMessage(value: unknown): void;
  terminate(): Promise<number>;
}

/** Messages between this class and worker-host.ts. */
export type HostMessage =
  | { kind: 'message'; data: unknown }
  | { kind: 'error'; message: string; stack?: string };
export type ParentMessage =
  | { kind: 'start'; url: string; workerData: Record<string, unknown>; shared: Record<string, number> }
  | { kind: 'message'; data: unknown }
  | { kind: 'interrupt'; key: string; index: number; value: number };

const HOST = fileURLToPath(new URL('./worker-host.ts', import.meta.url));
const POLL_MS = 10;

/** A worker thread in a sandboxed process where bwrap runs; a plain worker thread elsewhere. */
export function sandboxedWorker(url: URL, workerData: Record<string, unknown>): WorkerLike {
  return isSandboxed() ? new SandboxedWorker(url, workerData) : new Worker(url, { workerData, execArgv: OWN_TS_ARGV });
}

class SandboxedWorker extends EventEmitter implements WorkerLike {
  readonly #process: ChildProcess;
  readonly #outbox: string | undefined;
  #stderr = '';
  #failed = false;
  #terminating = false;

  constructor(url: URL, workerData: Record<string, unknown>) {
    super();
    const shared = Object.entries(workerData).filter((entry): entry is [string, SharedArrayBuffer] => entry[1] instanceof SharedArrayBuffer);
    const snapshot = workerData.snapshotPath as string | undefined;
    this.#outbox = snapshot && !existsSync(snapshot) ? mkdtempSync(join(tmpdir(), 'pyodide-snapshot-')) : undefined;
    const data: Record<string, unknown> = { ...workerData, ...(this.#outbox && { snapshotPath: join(this.#outbox, basename(snapshot!)) }) };
    for (const [key] of shared) delete data[key];

    const [program, ...args] = sandboxed([process.execPath, ...OWN_TS_ARGV, HOST], this.#outbox ? [this.#outbox] : []);
    this.#process = spawn(program!, args, {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    this.#process.stderr!.on('data', (chunk) => (this.#stderr = (this.#stderr + chunk).slice(-4000)));
    this.#send({ kind: 'start', url: url.href, workerData: data, shared: Object.fromEntries(shared.map(([key, buffer]) => [key, buffer.byteLength])) });

    const poll = setInterval(() => {
      for (const [key, buffer] of shared) {
        const view = new Int32Array(buffer);
        view.forEach((value, index) => {
          if (value === 0) return;
          Atomics.store(view, index, 0);
          this.#send({ kind: 'interrupt', key, index, value });
        });
      }
    }, POLL_MS);
    poll.unref();

    let ready = false;
    this.#process.on('message', (message: HostMessage) => {
      if (message.kind === 'error') {
        this.#fail(Object.assign(new Error(message.message), { stack: message.stack }));
        return;
      }
      if (!ready && this.#outbox) this.#publishSnapshot(snapshot!);
      ready = true;
      this.emit('message', message.data);
    });
    this.#process.on('exit', (code, signal) => {
      clearInterval(poll);
      if (this.#outbox) rmSync(this.#outbox, { recursive: true, force: true });
      if (code !== 0 && !signal && !ready && !this.#terminating) this.#fail(new Error(`the Pyodide worker process exited (${code}): ${this.#stderr.trim()}`));
      this.emit('exit', code ?? 1);
    });
  }

  /** Moves the snapshot the worker wrote in its sandbox to where later workers look for it. */
  #publishSnapshot(target: string): void {
    const written = join(this.#outbox!, basename(target));
    if (!existsSync(written)) return;
    copyFileSync(written, `${target}.${process.pid}.tmp`);
    renameSync(`${target}.${process.pid}.tmp`, target);
  }

  /** Reports the first error only, and only to a listener (an 'error' event nobody listens to would throw). */
  #fail(error: Error): void {
    if (this.#failed || this.listenerCount('error') === 0) return;
    this.#failed = true;
    this.emit('error', error);
  }

  #send(message: ParentMessage): void {
    if (this.#process.connected) this.#process.send(message);
  }

  postMessage(data: unknown): void {
    this.#send({ kind: 'message', data });
  }

  terminate(): Promise<number> {
    this.#terminating = true; // a host stopped while it starts has not failed
    if (this.#process.exitCode !== null || this.#process.signalCode !== null) return Promise.resolve(this.#process.exitCode ?? 1);
    // Disconnecting makes the host exit by itself (worker-host.ts), so the sandbox reaps it and its CPU time is
    // accounted to this process (the bench reads it); a host that does not exit within a second is killed.
    return new Promise((resolve) => {
      const kill = setTimeout(() => this.#process.kill('SIGKILL'), 1000);
      this.#process.once('exit', (code) => {
        clearTimeout(kill);
        resolve(code ?? 1);
      });
      if (this.#process.connected) this.#process.disconnect();
      else this.#process.kill('SIGKILL');
    });
  }
}
