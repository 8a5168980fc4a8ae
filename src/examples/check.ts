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
import { MAX_OUTPUT_BYTES } from './limits.ts';
import { expectedPath, readExpected, writeExpected } from './expected.ts';
import { runFailure } from './failures.ts';
import { mapLimit } from './parallel.ts';
import { parseRegions } from './regions.ts';
import type { ExampleFile, ExampleResult, Failure, RunLimits, Runtime, RuntimeResult } from './types.ts';

export interface CheckOptions {
  /** Project root; reports print paths relative to it. */
  root: string;
  /** Defaults to `<root>/examples`. */
  examplesDir?: string;
  /** Files, folders or globs to check (all when empty). */
  filters?: string[];
  /** Rewrite expected outputs from real, successful runs instead of comparing. */
  update?: boolean;
  /** Where passing results are remembered; false turns the cache off. Defaults to `<root>/.cache/examples`. */
  cacheDir?: string | false;
  /** The caller owns the runtimes (and disposes of them), so a dev server can keep interpreters warm. */
  runtimes: Runtime[];
  maxOutputBytes?: number;
  /** Runs in flight per runtime (default: the number of cores, or the runtime's own `parallelism`). */
  concurrency?: number;
}

export interface CheckReport {
  results: ExampleResult[];
  /** Expected-output files written by an update. */
  updated: string[];
}

interface Job {
  example: ExampleFile;
  runtime: Runtime;
  /** The expected output the cache key was made from, compared against the run. */
  expected: { path: string; text: string } | undefined;
  key: string;
}

/** Loads an example and checks its markers; a broken file becomes a result with a failure and is not run. */
function load(root: string, examplesDir: string, absPath: string): ExampleFile | ExampleResult {
  try {
    const example = loadExample(root, examplesDir, absPath);
    parseRegions(example.source, example.language, example.displayPath);
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

  const loaded = discoverExamples(examplesDir, options.filters, options.root).map((path) => load(options.root, examplesDir, path));
  const examples = loaded.filter((item): item is ExampleFile => 'source' in item);
  const broken = loaded.filter((item): item is ExampleResult => 'results' in item);

  const results = new Map<ExampleFile, RuntimeResult[]>(examples.map((example) => [example, []]));
  const jobs: Job[] = [];
  for (const example of examples) {
    for (const runtime of options.runtimes.filter((r) => r.language === example.language)) {
      const expected = readExpected(example, runtime.id);
      const key = cacheKey([engine, runtime.id, runtime.version, example.source, expected?.text ?? null, example.timeoutMs, example.memoryBytes, maxOutputBytes]);
      const hit = options.update || !expected ? undefined : cache?.get(key);
      if (hit) results.get(example)!.push({ runtime: runtime.id, label: runtime.label, stdout: hit.stdout, cached: true });
      else jobs.push({ example, runtime, expected, key });
    }
  }

  const runJob = async ({ example, runtime, expected, key }: Job, prepared: Map<string, Failure> | undefined): Promise<void> => {
    const own = results.get(example)!;
    const record = (stdout: string, failure?: Failure): void => {
      own.push({ runtime: runtime.id, label: runtime.label, stdout, failure, cached: false });
    };
    const prepFailure = prepared?.get(example.id);
    if (prepFailure) return record('', prepFailure);

    const limits: RunLimits = { timeoutMs: example.timeoutMs, maxOutputBytes, maxMemoryBytes: example.memoryBytes };
    const run = await runtime.run(example, limits);
    const failure = runFailure(example, run, limits);
    if (failure || options.update) return record(run.stdout, failure);

    if (!expected) {
      return record(run.stdout, {
        location: example.displayPath,
        message: `no expected output: create ${expectedPath(example).slice(options.root.length + 1)} with \`npm run examples -- --update ${example.displayPath}\` and review it`,
      });
    }
    const expectedName = expected.path.slice(options.root.length + 1);
    const mismatch = compareOutput(expected.text, run.stdout, expectedName, `actual output (${runtime.label})`);
    if (mismatch) {
      return record(run.stdout, { location: `${expectedName}:${mismatch.line}`, message: `output of ${example.displayPath} differs from ${expectedName}`, detail: mismatch.diff });
    }
    cache?.set(key, { stdout: run.stdout });
    record(run.stdout);
  };

  // Each runtime works through its own queue, so a slow-starting runtime (Pyodide, the TypeScript check)
  // never holds up the others. Batch preparation covers only what has to run.
  const concurrency = options.concurrency ?? availableParallelism();
  await Promise.all(
    options.runtimes.map(async (runtime) => {
      const mine = jobs.filter((job) => job.runtime === runtime);
      if (mine.length === 0) return;
      const prepared = await runtime.prepare?.(mine.map((job) => job.example));
      await mapLimit(mine, runtime.parallelism ?? concurrency, (job) => runJob(job, prepared));
    }),
  );

  const order = options.runtimes.map((r) => r.id);
  const updated: string[] = [];
  const exampleResults = examples.map((example) => {
    const own = results.get(example)!.sort((a, b) => order.indexOf(a.runtime) - order.indexOf(b.runtime));
    // An update never writes from a failing run: one failure on any runtime leaves the files untouched.
    if (options.update && own.length && own.every((r) => !r.failure)) updated.push(...writeExpected(example, own));
    return { path: example.displayPath, example, results: own };
  });
  return { results: [...broken, ...exampleResults].sort((a, b) => a.path.localeCompare(b.path)), updated };
}
