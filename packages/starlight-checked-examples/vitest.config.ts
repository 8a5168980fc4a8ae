import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const here = import.meta.dirname;

/**
 * The package's two test projects, also listed by the repository's vitest.config.ts: `package-unit` (tests/unit:
 * no interpreters, no site build, seconds) and `package-site` (real interpreters and fixture sites built with
 * Astro).
 */
export const packageProjects: TestProjectInlineConfiguration[] = [
  { extends: true, test: { name: 'package-unit', root: here, include: ['tests/unit/**/*.test.ts'] } },
  { extends: true, test: { name: 'package-site', root: here, include: ['tests/**/*.test.ts'], exclude: ['tests/unit/**', 'tests/fixtures/**'] } },
];

export default defineConfig({
  // Examples run on real interpreters, so allow time.
  test: { testTimeout: 120_000, hookTimeout: 600_000, projects: packageProjects },
});
