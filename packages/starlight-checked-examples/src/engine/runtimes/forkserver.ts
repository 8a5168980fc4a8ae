/**
 * The Node side of forkserver.py: one long-lived interpreter per slot that forks a fresh child for each example.
 * Limits as for a plain subprocess: the server runs sandboxed once (sandbox.ts) with one folder of its own
 * writable, and each run gets a fresh working directory inside it, emptied after the run (a server runs one
 * example at a time); a scrubbed environment, a memory limit and a CPU-time limit (both set in the child, see
 * forkserver.py), a wall-clock limit (SIGINT to the child, then SIGKILL) and an output limit (the child's output
 * files cannot grow past it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { cpuSeconds, GRACE_MS, wallClockLimitMs } from '../limits.ts';
import type { ExampleFile, RunLimits, RunOutput } from '../types.ts';
import { sandboxed } from './sandbox.ts';
import { scrubbedEnv } from './subprocess.ts';
import { WallClock } from './wall-clock.ts';

const SERVER = fileURLToPath(new URL('./forkserver.py', import.meta.url));

type Reply = { pid: number } | { status: number };

/** Signals a child that may have exited in the meantime. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone: nothing to stop.
  }
}

export class ForkServer {
  readonly #process: ChildProcess;
  readonly #env: Record<string, string>;
  /** The only folder the server and its children can write to. */
  readonly #dir = mkdtempSync(join(tmpdir(), 'forkserver-'));
  readonly #waiting: { resolve: (reply: Reply) => void; reject: (error: Error) => void }[] = [];
  /** Replies that arrived before anyone asked (the pid and the status can come in one chunk). */
  readonly #unclaimed: Reply[] = [];
  #stderr = '';
  #exited = false;

  /** `env` holds the interpreter's own variables (hash seed, encoding); the child gets them too. */
  constructor(executable: string, env: Record<string, string>) {
    this.#env = env;
    const [program, ...args] = sandboxed([executable, '-s', SERVER], [this.#dir]);
    this.#process = spawn(program!, args, { cwd: this.#dir, env: scrubbedEnv(this.#dir, env), stdio: ['pipe', 'pipe', 'pipe'] });
    createInterface({ input: this.#process.stdout! }).on('line', (line) => {
      const reply = JSON.parse(line) as Reply;
      const waiter = this.#waiting.shift();
      if (waiter) waiter.resolve(reply);
      else this.#unclaimed.push(reply);
    });
    this.#process.stderr!.on('data', (chunk) => (this.#stderr += chunk));
    this.#process.on('exit', () => {
      this.#exited = true;
      rmSync(this.#dir, { recursive: true, force: true });
      const error = new Error(`the ${executable} fork server stopped: ${this.#stderr.trim() || 'no message'}`);
      this.#waiting.splice(0).forEach((waiter) => waiter.reject(error));
    });
  }

  #next(): Promise<Reply> {
    const ready = this.#unclaimed.shift();
    if (ready) return Promise.resolve(ready);
    if (this.#exited) return Promise.reject(new Error(`the fork server is not running: ${this.#stderr.trim()}`));
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  async run(example: ExampleFile, limits: RunLimits): Promise<RunOutput> {
    const work = mkdtempSync(join(this.#dir, 'example-'));
    const cwd = join(work, 'cwd');
    mkdirSync(cwd);
    const files = { stdout: join(work, 'stdout'), stderr: join(work, 'stderr'), signals: join(work, 'signals') };
    try {
      const started = this.#next();
      this.#process.stdin!.write(
        JSON.stringify({
          path: example.absPath,
          cwd,
          env: scrubbedEnv(cwd, this.#env),
          ...files,
          maxOutputBytes: limits.maxOutputBytes,
          maxMemoryBytes: limits.maxMemoryBytes,
          cpuSeconds: cpuSeconds(limits),
          graceSeconds: Math.ceil(GRACE_MS / 1000),
        }) + '\n',
      );
      const { pid } = (await started) as { pid: number };
      let timedOut = false;
      let killTimer: NodeJS.Timeout | undefined;
      const wallClock = new WallClock(wallClockLimitMs(limits), () => {
        timedOut = true;
        signal(pid, 'SIGINT'); // Python prints where it was
        killTimer = setTimeout(() => signal(pid, 'SIGKILL'), GRACE_MS);
      });
      wallClock.follow(pid);
      const { status } = (await this.#next()) as { status: number };
      wallClock.stop();
      clearTimeout(killTimer);
      const [stdout, stderr] = [readFileSync(files.stdout), readFileSync(files.stderr)];
      return {
        stdout: stdout.subarray(0, limits.maxOutputBytes).toString('utf8'),
        stderr: stderr.subarray(0, limits.maxOutputBytes).toString('utf8'),
        exitCode: status < 0 ? null : status,
        timedOut,
        cpuExceeded: existsSync(files.signals) && readFileSync(files.signals).includes(constants.signals.SIGXCPU),
        outputExceeded: stdout.length > limits.maxOutputBytes || stderr.length > limits.maxOutputBytes,
      };
    } finally {
      // Whatever the run left anywhere in the server's folder goes, so the next run starts clean.
      for (const entry of readdirSync(this.#dir)) rmSync(join(this.#dir, entry), { recursive: true, force: true });
    }
  }

  stop(): Promise<void> {
    if (this.#exited) return Promise.resolve();
    return new Promise((resolve) => {
      this.#process.once('exit', () => resolve());
      this.#process.stdin!.end();
    });
  }
}
