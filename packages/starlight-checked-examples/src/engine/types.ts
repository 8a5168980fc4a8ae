/** Shared shapes of the example engine. */
import type { Language } from './regions.ts';

/**
 * Runtime ids, in the order reports and pages list them. They name expected-output files (`<name>.<id>.out`):
 * `cpython` is the machine's `python3`, `py312`…`py314` are CPython builds from Pyodide, `pypy` is `pypy3`;
 * `chromium` is headless Chromium and `quickjs` QuickJS-ng compiled to WebAssembly.
 */
export const RUNTIME_IDS = ['cpython', 'py312', 'py313', 'py314', 'pypy', 'node', 'bun', 'chromium', 'quickjs'] as const;
export type RuntimeId = (typeof RUNTIME_IDS)[number];

/** An example program under `examples/`. */
export interface ExampleFile {
  /** Path relative to the examples folder, with `/` separators: `python/intro/hello.py`. */
  id: string;
  /** Path relative to the project root, as printed in reports: `examples/python/intro/hello.py`. */
  displayPath: string;
  absPath: string;
  language: Language;
  source: string;
  /** Per-example settings from a `check:` comment (see directives.ts). */
  timeoutMs: number;
  memoryBytes: number;
  /** Browser runtimes click this element with the mouse (`check: click=<selector>`). */
  click?: string;
  /** Runtimes the example declares it cannot run on, and why (`check: not-on=<ids> (<why>)`). */
  notOn?: { ids: string[]; reason: string };
  /** What it writes to stderr is part of its output (`check: stderr`). */
  stderr?: boolean;
  /** Runtimes on which it rightly prints nothing, and why (`check: no-output-on=<ids> (<why>)`). */
  noOutputOn?: { ids: string[]; reason: string };
}

/** What one run of one example produced. */
export interface RunOutput {
  stdout: string;
  stderr: string;
  /** Process exit status; null when the run was killed. */
  exitCode: number | null;
  /** Stopped at its wall-clock limit (limits.ts, wallClockLimitMs). */
  timedOut: boolean;
  /** Stopped at its CPU-time limit (`timeoutMs`); runtimes that cannot measure CPU time leave it unset. */
  cpuExceeded?: boolean;
  outputExceeded: boolean;
  /** Why the runtime could not run the example at all (an interpreter that did not start or died mid-run). */
  error?: string;
}

export interface RunLimits {
  /** CPU time the run may use (see limits.ts). */
  timeoutMs: number;
  maxOutputBytes: number;
  /** Memory the run may allocate (see runtimes/sandbox.ts for how each runtime enforces it). */
  maxMemoryBytes: number;
}

/** A program that can run examples of one language. */
export interface Runtime {
  id: RuntimeId;
  language: Language;
  /** Human name with version, shown on pages: `CPython 3.11.7`. */
  label: string;
  /** Implementation or engine family and short version, for grouped labels: `CPython` + `3.11`, `Node` + `24`. */
  family: string;
  shortVersion: string;
  /** The JavaScript engine, named beside the family in labels: `V8`, `JavaScriptCore`. */
  engine?: string;
  /** Exact version string, part of the cache key. */
  version: string;
  /** How many runs this runtime can do at once, when it knows better than the number of cores. */
  parallelism?: number;
  /** Optional whole-batch preparation (the TypeScript type check); returns failures by example id. */
  prepare?(examples: ExampleFile[]): Promise<Map<string, Failure>>;
  /** Why this runtime cannot run an example (it needs another host's APIs), or undefined when it can. */
  unsupported?(example: ExampleFile): string | undefined;
  run(example: ExampleFile, limits: RunLimits): Promise<RunOutput>;
  dispose(): Promise<void>;
}

export type RuntimeBrief = Pick<Runtime, 'family' | 'shortVersion' | 'engine'>;

/** Why an example failed on one runtime. `location` is `examples/…:line` (line when known). */
export interface Failure {
  location: string;
  message: string;
  /** Unified diff, traceback or compiler output shown under the message. */
  detail?: string;
}

export interface RuntimeResult {
  runtime: RuntimeId;
  label: string;
  /** `family shortVersion engine` of the runtime, for grouped labels (see labels.ts). */
  brief: RuntimeBrief;
  /** Real stdout of the run (what the page shows). */
  stdout: string;
  failure?: Failure;
  cached: boolean;
}

export interface ExampleResult {
  /** `examples/…` path of the file. */
  path: string;
  /** Absent when the file could not be loaded (see failure). */
  example?: ExampleFile;
  results: RuntimeResult[];
  /** Runtimes of its language that did not run it, and why (Node APIs in a browser, a declared not-on). */
  skipped?: SkippedRuntime[];
  /** A problem with the file itself (bad region markers): nothing was run. */
  failure?: Failure;
}

export interface SkippedRuntime {
  runtime: RuntimeId;
  label: string;
  brief: RuntimeBrief;
  reason: string;
}
