/** The runtimes available on this machine, in the order reports and pages list them. */
import type { Runtime } from '../types.ts';
import { NATIVE_PYTHONS, nativePython } from './native-python.ts';
import { nodeRuntime } from './node-ts.ts';
import { pyodideRuntime } from './pyodide.ts';
import { sandboxNotices } from './sandbox.ts';

export interface DetectedRuntimes {
  runtimes: Runtime[];
  /** One line per runtime that could not be used, shown in every report. */
  notices: string[];
}

/**
 * Probes the machine's interpreters in parallel (a probe starts a process, so this is not free).
 * `cacheDir` is where runtimes may keep start-up state between checks (Pyodide's snapshot).
 */
export async function detectRuntimes(cacheDir?: string): Promise<DetectedRuntimes> {
  const notices = sandboxNotices(); // throws in CI when runs cannot be sandboxed
  const [cpython, pypy] = await Promise.all(
    NATIVE_PYTHONS.map(async (spec) => {
      const runtime = await nativePython(spec);
      if (!runtime) notices.push(`${spec.implementation} (${spec.command}) not found: Python examples are not verified on ${spec.implementation}.`);
      return runtime;
    }),
  );
  const runtimes = [cpython, pypy, pyodideRuntime({ snapshotDir: cacheDir }), nodeRuntime()].filter((r): r is Runtime => r !== undefined);
  return { runtimes, notices };
}
