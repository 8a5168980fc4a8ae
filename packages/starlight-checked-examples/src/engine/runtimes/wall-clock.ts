/**
 * A run's wall-clock limit (limits.ts, wallClockLimitMs), not counting the time the run waited for a CPU: on a busy
 * machine, or at a low priority, a runnable program waits in the kernel's run queue, and a limit that counted that
 * wait would stop a run for the machine's load rather than for what it does. Linux reports the wait of each thread
 * (the second field of /proc/<pid>/task/<tid>/schedstat, in nanoseconds); the run's main thread stands for the run.
 * Where there is no such file (not Linux, or the thread is not known yet) the time counts in full.
 */
import { readFileSync } from 'node:fs';

const POLL_MS = 200;

/** Nanoseconds the thread has waited for a CPU, or undefined when it cannot be read. */
function queuedNs(schedstat: string): number | undefined {
  try {
    return Number(readFileSync(schedstat, 'utf8').split(' ')[1]);
  } catch {
    return undefined;
  }
}

export class WallClock {
  readonly #timer: NodeJS.Timeout;
  #schedstat: string | undefined;
  #queuedAtStart: number;
  #queued: number;

  /**
   * Calls `onLimit` once the run has spent `limitMs` not waiting for a CPU. `thread` is the schedstat file of a
   * thread that already runs (a Pyodide worker's); a process that starts with the run is given to `follow`.
   */
  constructor(limitMs: number, onLimit: () => void, thread?: string) {
    const start = performance.now();
    this.#schedstat = thread;
    this.#queuedAtStart = this.#queued = (thread && queuedNs(thread)) || 0;
    this.#timer = setInterval(() => {
      if (this.#schedstat) this.#queued = queuedNs(this.#schedstat) ?? this.#queued;
      if (performance.now() - start - (this.#queued - this.#queuedAtStart) / 1e6 < limitMs) return;
      this.stop();
      onLimit();
    }, POLL_MS);
  }

  /** Follows the main thread of a process that started with the run: all of its waiting is the run's. */
  follow(pid: number): void {
    this.#schedstat = `/proc/${pid}/schedstat`;
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
