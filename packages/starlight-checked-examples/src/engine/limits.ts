/**
 * The limits every run gets (see the README: "Limits and the sandbox"). A site changes the defaults with its
 * `limits` option (options.ts), an example its own with a `check:` comment.
 */

/**
 * CPU time per run unless the example sets its own with a `check: timeout=<seconds>` comment. CPU time, not wall
 * clock: on a busy machine (or at a low priority) a run gets less of a core and takes longer, but uses the same CPU.
 */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** The wall-clock limit of a run is this many times its CPU-time limit (see wallClockLimitMs). */
const WALL_CLOCK_FACTOR = 5;

/**
 * How long a run may take by the clock: a backstop for a run that waits (sleeps, blocks on something that never
 * comes) and so never reaches its CPU-time limit. Generous, so a loaded machine does not reach it first.
 */
export function wallClockLimitMs(limits: { timeoutMs: number }): number {
  return limits.timeoutMs * WALL_CLOCK_FACTOR;
}

/** The CPU-time limit in whole seconds, as RLIMIT_CPU counts it (rounded up). */
export function cpuSeconds(limits: { timeoutMs: number }): number {
  return Math.ceil(limits.timeoutMs / 1000);
}

/** Output per stream; a run that prints more is stopped. */
export const MAX_OUTPUT_BYTES = 1024 * 1024;

/** How long a stopped run gets to print where it was (after SIGINT) before it is killed. */
export const GRACE_MS = 1000;

/**
 * The same for a Pyodide worker, which polls its interrupt flag from WebAssembly: on a loaded machine a starved
 * worker thread can take seconds to get there, and killing it loses the traceback and costs a restart. Counted in
 * the worker's CPU time where there is a clock (pyodide.ts), with four times as long by the wall clock as backstop.
 */
export const PYODIDE_GRACE_MS = 5000;

/** Memory per run unless the example sets its own with a `check: memory=<size>` comment (see sandbox.ts). */
export const DEFAULT_MEMORY_BYTES = 1024 ** 3;

/** `1 GiB`, `512 MiB`: how limits are named in messages. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let unit = 0;
  while (bytes >= 1024 && unit < units.length - 1 && bytes % 1024 === 0) {
    bytes /= 1024;
    unit++;
  }
  return `${bytes} ${units[unit]}`;
}
