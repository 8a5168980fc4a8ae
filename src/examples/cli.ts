/**
 * `npm run examples -- [--update] [--no-cache] [--shard i/n] [--runtime id …] [path | folder | glob …]`
 * Checks the examples (all, or those named) on every runtime and exits non-zero on any failure.
 * `--shard` and `--runtime` split the check across CI jobs; their passing results land in .cache/examples,
 * which a later build reuses (see README: "Split the check across CI jobs").
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkExamples } from './check.ts';
import { formatReport, hasFailures } from './report.ts';
import { detectRuntimes, selectRuntimes } from './runtimes/index.ts';
import { parseShard } from './shard.ts';

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

const shard = values.shard === undefined ? undefined : orUsageError(() => parseShard(values.shard!));
const detected = await detectRuntimes(join(process.cwd(), '.cache'));
const { runtimes, notices } = orUsageError(
  () => selectRuntimes(detected, values.runtime),
  () => detected.runtimes.forEach((runtime) => void runtime.dispose()),
);
try {
  const report = await checkExamples({
    root: process.cwd(),
    filters: positionals,
    update: values.update,
    cacheDir: values['no-cache'] ? false : undefined,
    runtimes,
    shard,
  });
  if (report.results.length === 0) {
    console.error(`No examples match ${positionals.join(' ') || 'examples/'}.`);
    process.exitCode = 1;
  } else {
    console.log(formatReport(report, notices));
    for (const path of report.updated) console.log(`updated ${path.slice(process.cwd().length + 1)}`);
    if (hasFailures(report)) process.exitCode = 1;
  }
} finally {
  await Promise.all(runtimes.map((runtime) => runtime.dispose()));
}
