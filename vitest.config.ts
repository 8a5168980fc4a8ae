import { defineConfig } from 'vitest/config';

// Two projects: `unit` (tests/unit, no interpreters and no site build: `npx vitest run --project unit` takes
// seconds) and `site` (everything else). Only `site` builds the real site first (tests/e2e read dist/).
export default defineConfig({
  test: {
    // Examples run on real interpreters, so allow time.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/unit/**'],
          globalSetup: ['tests/global-setup.ts'],
        },
      },
    ],
  },
});
