import { defineConfig } from 'vitest/config';

// The tests `npm run mutation` runs against each mutant (stryker.config.mjs): the unit tests alone, as in
// vitest.config.ts's `unit` project. A config of its own because Stryker cannot pick a project, and its
// `testFiles` option makes it switch on module-level (static) mutants only after the module has loaded, so
// those mutants could never fail a test.
export default defineConfig({ test: { include: ['tests/unit/**/*.test.ts'] } });
