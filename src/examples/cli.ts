/**
 * `npm run examples -- [--update] [--no-cache] [path | folder | glob …]`
 * Checks the examples (all, or those named) on every runtime, and every page's references to examples and inline
 * code, and exits non-zero on any failure. `--update` prints a diff of each expected output it rewrote.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkExamples } from './check.ts';
import { checkPages, knownExamples } from './pages.ts';
import { formatFailures, formatSummary } from './report.ts';
import { detectRuntimes } from './runtimes/index.ts';
import { formatUpdates, snapshotOutputs } from './update-report.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { update: { type: 'boolean', default: false }, 'no-cache': { type: 'boolean', default: false } },
});

const root = process.cwd();
const examplesDir = join(root, 'examples');
const { runtimes, notices } = await detectRuntimes(join(root, '.cache'));
try {
  const before = values.update ? snapshotOutputs(examplesDir) : new Map<string, string>();
  const report = await checkExamples({
    root,
    filters: positionals,
    update: values.update,
    cacheDir: values['no-cache'] ? false : undefined,
    runtimes,
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
