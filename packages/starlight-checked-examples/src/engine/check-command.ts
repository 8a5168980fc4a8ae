/**
 * The command-line check, `npx starlight-checked-examples [--update] [--no-cache] [--shard i/n] [--runtime id …]
 * [path | folder | glob …]` in the project's root: see USAGE. It reads the site's options from
 * checked-examples.config.mjs (options.ts), as the build does. `--shard` and `--runtime` split the check across CI
 * jobs; their passing results land in the cache folder, which a later build reuses (see the README: "The cache").
 */
import { parseArgs } from 'node:util';
import { checkExamples } from './check.ts';
import { loadOptions, projectSettings } from './options.ts';
import { checkPages, knownExamples } from './pages.ts';
import { formatFailures, formatSummary } from './report.ts';
import { detectRuntimes, selectRuntimes } from './runtimes/index.ts';
import { assertEveryLanguageRuns, resolveRuntimes } from './runtimes/resolve.ts';
import { parseShard } from './shard.ts';
import { formatUpdates, snapshotOutputs } from './update-report.ts';

/** A mistake in the command line or the options file: said with no stack trace, and exit 2. */
function usageError(error: unknown, cleanUp?: () => void): never {
  console.error(error instanceof Error ? error.message : String(error));
  cleanUp?.();
  process.exit(2);
}

/** Runs `parse`, whose error is a usage error. */
function orUsageError<T>(parse: () => T, cleanUp?: () => void): T {
  try {
    return parse();
  } catch (error) {
    return usageError(error, cleanUp);
  }
}

const root = process.cwd();
// The site's options and the runtimes they name (a module of the site's own is loaded here, so its id is known).
const options = orUsageError(() => loadOptions(root));
const settings = projectSettings(root, options);
const providers = orUsageError(() => resolveRuntimes(root, options.runtimes));
orUsageError(() => assertEveryLanguageRuns(root, settings.examplesDir, providers));

const USAGE = `Usage: ${options.checkCommand} [options] [path | folder | glob ...]

Checks the examples (all, or those named) on every runtime, and every page's references to examples and
inline code; exits 1 on any failure.

  --update         rewrite the expected outputs from this run and print the diff of each (every example
                   runs several times; an output that changes between runs is refused)
  --no-cache       run everything, ignoring the results in the cache folder
  --shard i/n      check only the i-th of n parts (for CI jobs: passing results land in the cache folder,
                   which a later build reuses)
  --runtime id     check only on this runtime (repeatable, or comma-separated); the runtimes option
                   names them: ${providers.map((provider) => provider.id).join(', ')}
  --help           print this and exit`;

const OPTIONS = {
  update: { type: 'boolean', default: false },
  'no-cache': { type: 'boolean', default: false },
  shard: { type: 'string' },
  runtime: { type: 'string', multiple: true },
  help: { type: 'boolean', default: false },
} as const;

const { values, positionals } = orUsageError(() => {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n(${options.checkCommand} --help lists the options)`);
  }
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const { examplesDir } = settings;
const shard = values.shard === undefined ? undefined : orUsageError(() => parseShard(values.shard!));
const detected = await detectRuntimes(settings.cacheDir, providers, root);
const { runtimes, notices } = orUsageError(
  () => selectRuntimes(detected, values.runtime),
  () => detected.runtimes.forEach((runtime) => void runtime.dispose()),
);
try {
  const before = values.update ? snapshotOutputs(examplesDir) : new Map<string, string>();
  const report = await checkExamples({
    ...settings.check,
    filters: positionals,
    update: values.update,
    cacheDir: values['no-cache'] ? false : settings.check.cacheDir,
    runtimes,
    shard,
  });
  // Pages are checked whatever was named: a wrong region or inline code fails the build just the same.
  const pageProblems = checkPages(root, settings.pagesDir, knownExamples(root, examplesDir), settings.pages);
  const problems = [...formatFailures(report, options.checkCommand), ...pageProblems.map((problem) => `✗ ${problem.message}`)];
  console.log([...[...notices, ...report.notices].map((n) => `! ${n}`), ...problems, ...formatSummary(report)].join('\n'));
  if (report.results.length === 0) console.error(`No examples match ${positionals.join(' ') || `${settings.pages.examplesFolder}/`}.`);
  if (values.update) formatUpdates(root, before, report.updated).forEach((text) => console.log(text));
  if (problems.length || report.results.length === 0) process.exitCode = 1;
} finally {
  await Promise.all(runtimes.map((runtime) => runtime.dispose()));
}
