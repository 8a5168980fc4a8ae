/**
 * The check: discover examples, run each on every runtime of its language (in parallel, skipping what the
 * cache already verified), compare stdout with the expected output and collect failures.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { cacheKey, engineVersion, ResultCache } from './cache.ts';
import { compareOutput } from './compare.ts';
import { discoverExamples, loadExample } from './discover.ts';
import { LocatedError } from './errors.ts';
import { languageById } from './languages/registry.ts';
import { checkLineWidth } from './line-width.ts';
import { MAX_OUTPUT_BYTES } from './limits.ts';
import { DEFAULT_CHECK_COMMAND } from './hints.ts';
import type { DefaultLimits } from './directives.ts';
import { mistakeLines } from './mistakes.ts';
import { expectedPath, readExpected, writeExpected } from './expected.ts';
import { runFailure, shownOutput } from './failures.ts';
import { sandboxNotices } from './runtimes/sandbox.ts';
import { normalize } from './normalize.ts';
import { mapLimit } from './parallel.ts';
import { parseRegions } from './regions.ts';
import { inShard, type Shard } from './shard.ts';
import type { ExampleFile, ExampleResult, Failure, RunLimits, Runtime, RuntimeResult, SkippedRuntime } from './types.ts';

export interface CheckOptions {
  /** Project root; reports print paths relative to it. */
  root: string;
  /** Defaults to `<root>/examples`. */
  examplesDir?: string;
  /** Files, folders or globs to check (all when empty). */
  filters?: string[];
  /** Rewrite expected outputs from real, successful runs instead of comparing. Each example then runs
   * UPDATE_RUNS times per runtime, and output that differs between runs is refused as flaky. */
  update?: boolean;
  /** Where passing results are remembered; false turns the cache off. Defaults to `<root>/.cache/examples`. */
  cacheDir?: string | false;
  /** The caller owns the runtimes (and disposes of them), so a dev server can keep interpreters warm. */
  runtimes: Runtime[];
  maxOutputBytes?: number;
  /** What an example gets that sets no limits of its own (the site's `limits` option). */
  limits?: DefaultLimits;
  /** The command that checks examples, as messages tell an author to run it (default `npx starlight-checked-examples`). */
  checkCommand?: string;
  /** Runs in flight per runtime (default: the number of cores, or the runtime's own `parallelism`). */
  concurrency?: number;
  /** Check only this part of the examples (see shard.ts). */
  shard?: Shard;
  /** Told each runtime's result as soon as it is known (cached ones first), so a dev server can show the first verdict. */
  onResult?: (example: ExampleFile, result: RuntimeResult) => void;
}

export interface CheckReport {
  results: ExampleResult[];
  /** Expected-output files written by an update. */
  updated: string[];
  /** What to say once about how examples ran (that they ran unsandboxed); only a check that ran any says it. */
  notices: string[];
}

/** How often `--update` runs each example per runtime before it records the output. */
export const UPDATE_RUNS = 3;

/** How a result names its runtime. */
export const runtimeIdentity = (runtime: Runtime) => ({
  runtime: runtime.id,
  label: runtime.label,
  brief: { family: runtime.family, shortVersion: runtime.shortVersion, engine: runtime.engine },
});

/** Why `runtime` does not run `example` (the example declares it, or it needs another host's APIs). */
export function skipReason(example: ExampleFile, runtime: Runtime): string | undefined {
  return example.notOn?.ids.includes(runtime.id) ? example.notOn.reason : runtime.unsupported?.(example);
}

/** A failure when two runs of one example on one runtime printed different output (after normalisation). */
function flakyOutput(example: ExampleFile, first: string, later: string, attempt: number): Failure | undefined {
  const mismatch = compareOutput(first, later, 'run 1', `run ${attempt}`);
  if (!mismatch) return undefined;
  return {
    location: example.displayPath,
    message: `output differs between runs, and output that varies is not recorded: ${varyingCauses(example.language)}`,
    detail: mismatch.diff,
  };
}

/** What makes an example's output vary from run to run, and the cure for each, in the example's language. */
function varyingCauses(language: ExampleFile['language']): string {
  const causes = languageById(language).varyingCauses ?? [];
  return [...causes, 'random numbers (seed them)', 'times, ids or addresses (print what they show, not their values)'].join('; ');
}

/**
 * A failure when a run printed nothing, unless the example declares that it rightly does on this runtime: the page
 * would show "Verified" over an empty output, and an update would record one.
 */
function printedNothing(example: ExampleFile, runtime: Runtime, output: string): Failure | undefined {
  if (normalize(output).trim() || example.noOutputOn?.ids.includes(runtime.id)) return undefined;
  return {
    location: example.displayPath,
    message: `printed nothing: the page would show "Verified" over an empty output; print what the example shows (if printing nothing is right on a runtime, add a "check: no-output-on=<runtime ids> (<why>)" comment)`,
  };
}

interface Job {
  example: ExampleFile;
  runtime: Runtime;
  /** The expected output the cache key was made from, compared against the run. */
  expected: { path: string; text: string } | undefined;
  key: string;
}

/** Loads an example and checks its region and mistake markers and line width; a broken file becomes a result with a failure and is not run. */
function load(root: string, examplesDir: string, absPath: string, limits: DefaultLimits | undefined): ExampleFile | ExampleResult {
  try {
    const example = loadExample(root, examplesDir, absPath, limits);
    parseRegions(example.source, example.language, example.displayPath);
    checkLineWidth(example.source, example.language, example.displayPath);
    mistakeLines(example.source, example.language, example.displayPath);
    return example;
  } catch (error) {
    if (!(error instanceof LocatedError)) throw error;
    return { path: error.file, results: [], failure: { location: `${error.file}:${error.line}`, message: error.reason } };
  }
}

export async function checkExamples(options: CheckOptions): Promise<CheckReport> {
  const examplesDir = options.examplesDir ?? join(options.root, 'examples');
  const cache = options.cacheDir === false ? undefined : new ResultCache(options.cacheDir ?? join(options.root, '.cache', 'examples'));
  const maxOutputBytes = options.maxOutputBytes ?? MAX_OUTPUT_BYTES;
  const engine = engineVersion();

  const paths = inShard(discoverExamples(examplesDir, options.filters, options.root), options.shard);
  const loaded = paths.map((path) => load(options.root, examplesDir, path, options.limits));
  const examples = loaded.filter((item): item is ExampleFile => 'source' in item);
  const broken = loaded.filter((item): item is ExampleResult => 'results' in item);

  const results = new Map<ExampleFile, RuntimeResult[]>(examples.map((example) => [example, []]));
  const skipped = new Map<ExampleFile, SkippedRuntime[]>();
  const jobs: Job[] = [];
  for (const example of examples) {
    for (const runtime of options.runtimes.filter((r) => r.language === example.language)) {
      const reason = skipReason(example, runtime);
      if (reason) {
        skipped.set(example, [...(skipped.get(example) ?? []), { ...runtimeIdentity(runtime), reason }]);
        continue;
      }
      const expected = readExpected(example, runtime.id);
      const key = cacheKey([engine, runtime.id, runtime.version, example.source, expected?.text ?? null, example.timeoutMs, example.memoryBytes, maxOutputBytes]);
      const hit = options.update || !expected ? undefined : cache?.get(key);
      if (hit) {
        const result = { ...runtimeIdentity(runtime), stdout: hit.stdout, cached: true };
        results.get(example)!.push(result);
        options.onResult?.(example, result);
      } else jobs.push({ example, runtime, expected, key });
    }
  }

  const runJob = async ({ example, runtime, expected, key }: Job, prepared: Map<string, Failure> | undefined): Promise<void> => {
    const own = results.get(example)!;
    const record = (stdout: string, failure?: Failure): void => {
      const result = { ...runtimeIdentity(runtime), stdout, failure, cached: false };
      own.push(result);
      options.onResult?.(example, result);
    };
    const prepFailure = prepared?.get(example.id);
    if (prepFailure) return record('', prepFailure);

    const limits: RunLimits = { timeoutMs: example.timeoutMs, maxOutputBytes, maxMemoryBytes: example.memoryBytes };
    const run = await runtime.run(example, limits);
    const output = shownOutput(example, run);
    const failure = runFailure(example, run, limits) ?? printedNothing(example, runtime, output);
    if (failure) return record(output, failure);
    if (options.update) {
      for (let attempt = 2; attempt <= UPDATE_RUNS; attempt++) {
        const again = await runtime.run(example, limits);
        const repeated = shownOutput(example, again);
        const problem = runFailure(example, again, limits) ?? flakyOutput(example, output, repeated, attempt);
        if (problem) return record(repeated, problem);
      }
      return record(output);
    }

    if (!expected) {
      return record(output, {
        location: example.displayPath,
        message: `no expected output: create ${expectedPath(example).slice(options.root.length + 1)} with \`${options.checkCommand ?? DEFAULT_CHECK_COMMAND} --update ${example.displayPath}\` and review it`,
      });
    }
    const expectedName = expected.path.slice(options.root.length + 1);
    const mismatch = compareOutput(expected.text, output, expectedName, `actual output (${runtime.label})`);
    if (mismatch) {
      return record(output, { location: `${expectedName}:${mismatch.line}`, message: `output of ${example.displayPath} differs from ${expectedName}`, detail: mismatch.diff });
    }
    cache?.set(key, { stdout: output });
    record(output);
  };

  // Each runtime works through its own queue, so a slow-starting runtime (Pyodide, the TypeScript check)
  // never holds up the others. Batch preparation covers only what has to run, and runtimes that share a
  // `prepare` (Node and Bun share the type check) share one call over all their examples.
  const preparations = new Map<NonNullable<Runtime['prepare']>, Promise<Map<string, Failure>>>();
  const prepare = (step: NonNullable<Runtime['prepare']>) => {
    let preparation = preparations.get(step);
    if (!preparation) {
      preparation = step([...new Set(jobs.filter((job) => job.runtime.prepare === step).map((job) => job.example))]);
      preparations.set(step, preparation);
    }
    return preparation;
  };
  // Asking whether runs can be sandboxed starts a process: only a check that runs something asks (and in CI, one
  // that cannot sandbox them refuses here, before any run).
  const notices = jobs.length ? sandboxNotices() : [];
  const concurrency = options.concurrency ?? availableParallelism();
  await Promise.all(
    options.runtimes.map(async (runtime) => {
      const mine = jobs.filter((job) => job.runtime === runtime);
      if (mine.length === 0) return;
      const prepared = runtime.prepare && (await prepare(runtime.prepare));
      await mapLimit(mine, runtime.parallelism ?? concurrency, (job) => runJob(job, prepared));
    }),
  );

  const order = options.runtimes.map((r) => r.id);
  const updated: string[] = [];
  const exampleResults = examples.map((example) => {
    const own = results.get(example)!.sort((a, b) => order.indexOf(a.runtime) - order.indexOf(b.runtime));
    // An update never writes from a failing run: one failure on any runtime leaves the files untouched.
    if (options.update && own.length && own.every((r) => !r.failure)) updated.push(...writeExpected(example, own));
    return { path: example.displayPath, example, results: own, skipped: skipped.get(example) ?? [] };
  });
  return { results: [...broken, ...exampleResults].sort((a, b) => a.path.localeCompare(b.path)), updated, notices };
}
