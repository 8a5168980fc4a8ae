/**
 * The CPU time of one thread, for a runtime that runs examples in a thread of a long-lived process (Pyodide): the
 * thread names its own clock, a file under /proc, and whoever holds the run to its CPU-time limit reads it.
 * Linux only; elsewhere there is no clock and such a run has only its wall-clock limit.
 */
import { readFileSync, readlinkSync } from 'node:fs';

/** The calling thread's clock, or undefined where there is no /proc. */
export function ownThreadClock(): string | undefined {
  try {
    return `/proc/${readlinkSync('/proc/thread-self')}/schedstat`; // `/proc/<pid>/task/<tid>/schedstat`
  } catch {
    return undefined;
  }
}

/** Milliseconds of CPU time the thread has used (schedstat's first field: nanoseconds on a CPU); undefined once
 * the thread is gone. */
export function cpuMs(clock: string): number | undefined {
  try {
    return Number(readFileSync(clock, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}
