import { defineConfig } from 'vitest/config';
import { packageProjects } from './packages/starlight-checked-examples/vitest.config.ts';

// The handbook's two projects: `unit` (tests/unit, no interpreters and no site build: `npx vitest run --project
// unit` takes seconds) and `site` (everything else; it builds the real site first, since tests/e2e read dist/).
// Then the checker package's own two, `package-unit` and `package-site` (packages/starlight-checked-examples).
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
      ...packageProjects,
    ],
  },
});
