/**
 * `npm run examples -- [--update] [--no-cache] [path | folder | glob …]`
 * Checks the examples (all, or those named) on every runtime and exits non-zero on any failure.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkExamples } from './check.ts';
import { formatReport, hasFailures } from './report.ts';
import { detectRuntimes } from './runtimes/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { update: { type: 'boolean', default: false }, 'no-cache': { type: 'boolean', default: false } },
});

const { runtimes, notices } = await detectRuntimes(join(process.cwd(), '.cache'));
try {
  const report = await checkExamples({
    root: process.cwd(),
    filters: positionals,
    update: values.update,
    cacheDir: values['no-cache'] ? false : undefined,
    runtimes,
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
