/**
 * `npm run examples -- [--update] [--no-cache] [--shard i/n] [--runtime id …] [path | folder | glob …]`: see USAGE.
 * `--shard` and `--runtime` split the check across CI jobs; their passing results land in .cache/examples,
 * which a later build reuses (see docs/ENGINE.md: "Split the check across CI jobs").
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkExamples } from './check.ts';
import { checkPages, knownExamples, pageFactsFile } from './pages.ts';
import { formatFailures, formatSummary } from './report.ts';
import { detectRuntimes, selectRuntimes } from './runtimes/index.ts';
import { parseShard } from './shard.ts';
import { RUNTIME_IDS } from './types.ts';
import { formatUpdates, snapshotOutputs } from './update-report.ts';

const USAGE = `Usage: npm run examples -- [options] [path | folder | glob ...]

Checks the examples (all, or those named) on every runtime, and every page's references to examples and
inline code; exits 1 on any failure.

  --update         rewrite the expected outputs from this run and print the diff of each (every example
                   runs several times; an output that changes between runs is refused)
  --no-cache       run everything, ignoring results cached in .cache/examples
  --shard i/n      check only the i-th of n parts (for CI jobs: passing results land in .cache/examples,
                   which a later build reuses)
  --runtime id     check only on this runtime (repeatable, or comma-separated): ${RUNTIME_IDS.join(', ')}
  --help           print this and exit`;

const OPTIONS = {
  update: { type: 'boolean', default: false },
  'no-cache': { type: 'boolean', default: false },
  shard: { type: 'string' },
  runtime: { type: 'string', multiple: true },
  help: { type: 'boolean', default: false },
} as const;

/** Runs `parse`; a mistake in the command line is said with no stack trace, and exits 2. */
function orUsageError<T>(parse: () => T, cleanUp?: () => void): T {
  try {
    return parse();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    cleanUp?.();
    process.exit(2);
  }
}

const { values, positionals } = orUsageError(() => {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n(npm run examples -- --help lists the options)`);
  }
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const root = process.cwd();
const examplesDir = join(root, 'examples');
const shard = values.shard === undefined ? undefined : orUsageError(() => parseShard(values.shard!));
const detected = await detectRuntimes(join(root, '.cache'), root);
const { runtimes, notices } = orUsageError(
  () => selectRuntimes(detected, values.runtime),
  () => detected.runtimes.forEach((runtime) => void runtime.dispose()),
);
try {
  const before = values.update ? snapshotOutputs(examplesDir) : new Map<string, string>();
  const report = await checkExamples({
    root,
    filters: positionals,
    update: values.update,
    cacheDir: values['no-cache'] ? false : undefined,
    runtimes,
    shard,
  });
  // Pages are checked whatever was named: a wrong region or inline code fails the build just the same.
  const pageProblems = checkPages(root, join(root, 'src', 'content', 'docs'), knownExamples(root, examplesDir), { factsFile: pageFactsFile(root) });
  const problems = [...formatFailures(report), ...pageProblems.map((problem) => `✗ ${problem.message}`)];
  console.log([...[...notices, ...report.notices].map((n) => `! ${n}`), ...problems, ...formatSummary(report)].join('\n'));
  if (report.results.length === 0) console.error(`No examples match ${positionals.join(' ') || 'examples/'}.`);
  if (values.update) formatUpdates(root, before, report.updated).forEach((text) => console.log(text));
  if (problems.length || report.results.length === 0) process.exitCode = 1;
} finally {
  await Promise.all(runtimes.map((runtime) => runtime.dispose()));
}
