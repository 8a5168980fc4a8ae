/** Shared shapes of the example engine. */

/**
 * A runtime's id: lower-case letters, digits and `-`, starting with a letter. It names expected-output files
 * (`<name>.<id>.out`) and is what `check: not-on=` and `--runtime` accept. The built-in ones are in
 * runtimes/providers.ts; a site adds its own with a RuntimeProvider.
 */
export type RuntimeId = string;

/** A language's id: `python`, `ts`, or a site's own (see Language). */
export type LanguageId = string;

/** A language examples are written in: how files of it are found, commented and read after a failed run. */
export interface Language {
  id: LanguageId;
  /** Its name in headings and messages: `Python`, `TypeScript`. */
  label: string;
  /** File extensions with the dot (`['.py']`); an example and its outputs share the stem before it. */
  extensions: string[];
  /** What starts a line comment (`#`, `//`): `check:`, `mistake:` and region markers are written as one. */
  lineComment: string;
  /** Region markers; by default `<lineComment> region <name>` … `<lineComment> endregion [<name>]`. Group 1 is the name. */
  regionMarker?: { open: RegExp; close: RegExp };
  /** A line of prose, held to the narrower comment width (line-width.ts); by default one starting with `lineComment`. */
  commentLine?: RegExp;
  /** The language of its code frames on pages (`<Code lang>`): `python`, `ts`, `sh`. */
  codeLang: string;
  /** The example's line a failed run's stderr points at; `absPath` is the example's absolute path. */
  errorLine?(stderr: string, absPath: string): number | undefined;
  /** The one-line error of a failed run, from its stderr (paths already relative to the project). */
  errorMessage?(stderr: string): string;
  /** What can make an example's output differ between runs, and the cure, beyond the causes every language has. */
  varyingCauses?: string[];
}

/** An example program under `examples/`. */
export interface ExampleFile {
  /** Path relative to the examples folder, with `/` separators: `python/intro/hello.py`. */
  id: string;
  /** Path relative to the project root, as printed in reports: `examples/python/intro/hello.py`. */
  displayPath: string;
  absPath: string;
  language: LanguageId;
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
  language: LanguageId;
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

/** Where a provider looks for its runtime: the project root, and a folder it may keep state in between checks. */
export interface DetectContext {
  root: string;
  cacheDir?: string | undefined;
}

/**
 * How a runtime is found on this machine. A site lists providers in the `runtimes` option, by built-in id or by the
 * path of a module whose default export is one. `language` is a built-in language's id or a Language of its own.
 */
export interface RuntimeProvider {
  id: RuntimeId;
  language: LanguageId | Language;
  /** The runtime, or what is missing (said in every report; the runtime's examples are then not verified on it). */
  detect(context: DetectContext): Promise<Runtime | { missing: string }>;
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
