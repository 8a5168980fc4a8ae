// @ts-check
// Mutation testing of the example engine's core (`npm run mutation`): Stryker changes the code in small ways
// and runs the unit tests against each change; a change no test notices is a test that is missing. Only the
// unit tests run (stub runtimes, no interpreters, no site build), so a run takes minutes, not hours.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/examples/compare.ts',
    'src/examples/normalize.ts',
    'src/examples/regions.ts',
    'src/examples/directives.ts',
    'src/examples/expected.ts',
    'src/examples/cache.ts',
    'src/examples/check.ts',
    'src/examples/report.ts',
    'src/examples/inline-code.ts',
    'src/examples/pages.ts',
    'src/examples/page-links.ts',
    'src/examples/page-imports.ts',
    'src/examples/page-tree.ts',
    'src/examples/page-facts.ts',
    'src/examples/line-width.ts',
    'src/examples/failures.ts',
    'src/examples/hints.ts',
  ],
  coverageAnalysis: 'perTest',
  // Only the mutated files get `// @ts-nocheck`. By default every TypeScript file would, fixtures included: that
  // moves the lines of the hover fixtures and strips the examples' `@ts-expect-error`.
  disableTypeChecks: 'src/examples/*.ts',
  // The machine is shared with builds and other checks: two workers at most.
  concurrency: 2,
  // Results, examples' outputs and builds are not needed by the unit tests; copying them would only be slow.
  ignorePatterns: ['dist', '.cache', '.astro', 'test-results', '.dist.staging-*', 'tests/fixtures/.tmp-*', 'reports'],
  reporters: ['clear-text', 'progress', 'json'],
  // The score per module and every surviving mutant, not the list of tests.
  clearTextReporter: { reportTests: false },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/mutation/incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // The goal for these modules (issue 25): below 80 % the run fails.
  thresholds: { high: 90, low: 80, break: 80 },
};
