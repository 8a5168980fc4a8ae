import { defineConfig } from 'vitest/config';

// The tests `npm run mutation` runs against each mutant (stryker.config.mjs): the unit tests alone, as in
// vitest.config.ts's `package-unit` project. A config of its own because Stryker cannot pick a project, and its
// `testFiles` option makes it switch on module-level (static) mutants only after the module has loaded, so
// those mutants could never fail a test.
// Slow tests (the majority vote on 1023 machines) get the time they get in vitest.config.ts; an endless loop a
// mutant causes is Stryker's to time out.
export default defineConfig({ test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 } });
