/**
 * A build's example check, in a process of its own (background-check-process.ts).
 *
 * In the build's own process the check would share a thread with Astro: while Astro renders a page, which can
 * take seconds without yielding, no finished run is collected and no new one starts, so a core stays idle.
 * In a process of its own it keeps both cores busy. It runs at the build's priority: at the lowest (nice 19) a busy
 * machine holds its runs back for minutes (a run of 1 CPU s took 56 s beside two busy processes), and the build
 * waits for the check before it publishes. Its own work cannot be lowered apart from its runs: a new process
 * takes the priority of the thread that starts it, and an unprivileged process cannot raise it again.
 */
import { fork } from 'node:child_process';
import type { CheckReport } from './check.ts';
import type { Manifest } from './manifest.ts';
import type { ResolvedOptions } from './options.ts';
import { OWN_TS_ARGV } from './own-typescript.ts';

/** Messages from the check's process, in the order it sends them. */
export type BackgroundMessage =
  | { kind: 'shown'; manifest: Manifest; notices: string[] }
  | { kind: 'report'; report: CheckReport }
  | { kind: 'error'; message: string };

export interface BackgroundCheck {
  /**
   * What pages render once the outputs that differ on every run have been checked (manifest.ts,
   * `expectedManifest`), and one notice per runtime that could not be used.
   */
  shown: Promise<{ manifest: Manifest; notices: string[] }>;
  /** The full check of every example on every runtime. */
  report: Promise<CheckReport>;
}

const ENTRY = new URL('./background-check-process.ts', import.meta.url);

/** Starts the check of `root`'s examples. The process ends with its report, or with this one. */
export function checkInBackground(root: string, options: ResolvedOptions): BackgroundCheck {
  // The options are plain data (options.ts), so the check's process gets exactly the build's.
  const child = fork(ENTRY, [root, JSON.stringify(options)], {
    execArgv: OWN_TS_ARGV,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));

  const message = <K extends BackgroundMessage['kind']>(kind: K) =>
    new Promise<Extract<BackgroundMessage, { kind: K }>>((resolve, reject) => {
      const take = (received: BackgroundMessage) => {
        if (received.kind === kind) resolve(received as Extract<BackgroundMessage, { kind: K }>);
        else if (received.kind === 'error') reject(new Error(received.message));
      };
      child.on('message', take);
      child.once('exit', (code, signal) =>
        reject(new Error(`the example check's process ended (${signal ?? code}) before its ${kind} message: ${stderr.trim()}`)),
      );
    });
  const shown = message('shown').then(({ manifest, notices }) => ({ manifest, notices }));
  const report = message('report').then((received) => received.report);
  // A caller may wait for one and stop at the other's failure: neither is an unhandled rejection.
  shown.catch(() => {});
  report.catch(() => {});
  return { shown, report };
}
