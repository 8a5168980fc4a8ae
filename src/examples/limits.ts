/** The limits every run gets (see README: "How checking works"). */

/** Time per run unless the example sets its own with a `check: timeout=<seconds>` comment. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Output per stream; a run that prints more is stopped. */
export const MAX_OUTPUT_BYTES = 1024 * 1024;

/** How long a stopped run gets to print where it was (after SIGINT) before it is killed. */
export const GRACE_MS = 1000;

/**
 * The same for a Pyodide worker, which polls its interrupt flag from WebAssembly: on a loaded machine a starved
 * worker thread can take seconds to get there, and killing it loses the traceback and costs a restart.
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
