/**
 * Builds the real site once before the tests that inspect dist/ (tests/e2e), then again for a sub-path into
 * BASE_DIST (tests/e2e/base-path.test.ts): that second build finds every example in the result cache.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { BASE_DIST, BASE_PATH } from './e2e/site.ts';

// Vitest puts Vite's variables in the environment (NODE_ENV=test, BASE_URL=/, ...); Astro would read them and
// build a development site (search switched off) whose BASE_URL ignores the configured base.
const VITEST_VARIABLES = ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.includes(name)));

const astro = (args: string[], env: Record<string, string> = {}) =>
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...args], { stdio: 'inherit', env: { ...cleanEnv, ...env } });

export default function setup() {
  if (process.env.SKIP_SITE_BUILD) return;
  astro([], { BASE_PATH: '/' });
  rmSync(BASE_DIST, { recursive: true, force: true });
  astro(['--outDir', BASE_DIST], {
    BASE_PATH,
    SITE_URL: 'https://handbook.test',
    REPOSITORY_URL: 'https://github.com/acme/weakref-handbook',
    REPOSITORY_BRANCH: 'trunk',
  });
}
