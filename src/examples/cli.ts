/**
 * `npm run examples -- [--update] [--no-cache] [--shard i/n] [--runtime id …] [path | folder | glob …]`
 * Checks the examples (all, or those named) on every runtime, and every page's references to examples and inline
 * code, and exits non-zero on any failure. `--update` prints a diff of each expected output it rewrote.
 * `--shard` and `--runtime` split the check across CI jobs; their passing results land in .cache/examples,
 * which a later build reuses (see README: "Split the check across CI jobs").
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkExamples } from './check.ts';
import { checkPages, knownExamples } from './pages.ts';
import { formatFailures, formatSummary } from './report.ts';
import { detectRuntimes, selectRuntimes } from './runtimes/index.ts';
import { parseShard } from './shard.ts';
import { formatUpdates, snapshotOutputs } from './update-report.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    update: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    shard: { type: 'string' },
    runtime: { type: 'string', multiple: true },
  },
});

/** Runs `parse`; a mistake in the command line is said in one line, with no stack trace, and exits 2. */
function orUsageError<T>(parse: () => T, cleanUp?: () => void): T {
  try {
    return parse();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    cleanUp?.();
    process.exit(2);
  }
}

const root = process.cwd();
const examplesDir = join(root, 'examples');
const shard = values.shard === undefined ? undefined : orUsageError(() => parseShard(values.shard!));
const detected = await detectRuntimes(join(root, '.cache'));
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
  const pageProblems = checkPages(root, join(root, 'src', 'content', 'docs'), knownExamples(root, examplesDir));
  const problems = [...formatFailures(report), ...pageProblems.map((problem) => `✗ ${problem.message}`)];
  console.log([...notices.map((n) => `! ${n}`), ...problems, ...formatSummary(report)].join('\n'));
  if (report.results.length === 0) console.error(`No examples match ${positionals.join(' ') || 'examples/'}.`);
  if (values.update) formatUpdates(root, before, report.updated).forEach((text) => console.log(text));
  if (problems.length || report.results.length === 0) process.exitCode = 1;
} finally {
  await Promise.all(runtimes.map((runtime) => runtime.dispose()));
}
