/**
 * Builds the real site once before the tests that inspect dist/ (tests/e2e), keeping what the build printed
 * (through a pipe, as in CI) for the test that the terminal stays quiet (tests/build/quiet-build.test.ts); then
 * again for a sub-path into BASE_DIST (tests/e2e/base-path.test.ts): that second build finds every example in the
 * result cache.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BASE_DIST, BASE_PATH } from './e2e/site.ts';

export const BUILD_LOG = '.cache/site-build.log';

// Vitest puts Vite's variables in the environment (NODE_ENV=test, BASE_URL=/, ...); Astro would read them and
// build a development site (search switched off) whose BASE_URL ignores the configured base.
const VITEST_VARIABLES = ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.includes(name)));

function astro(args: string[], env: Record<string, string>, base = cleanEnv): string {
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...args], { encoding: 'utf8', env: { ...base, ...env } });
  const output = build.stdout + build.stderr;
  process.stdout.write(output);
  if (build.status !== 0) throw new Error(`the site build failed (exit ${build.status})`);
  return output;
}

export default function setup() {
  if (process.env.SKIP_SITE_BUILD) return;
  // As an author's terminal-less run sees it: with CI set, Astro's colour library colours a pipe on purpose
  // (CI log viewers render colour), which the quiet-build test would read as noise.
  const { CI: _ci, ...authorEnv } = cleanEnv;
  const output = astro([], { BASE_PATH: '/' }, authorEnv);
  mkdirSync(dirname(BUILD_LOG), { recursive: true });
  writeFileSync(BUILD_LOG, output);
  rmSync(BASE_DIST, { recursive: true, force: true });
  astro(['--outDir', BASE_DIST], {
    BASE_PATH,
    SITE_URL: 'https://handbook.test',
    REPOSITORY_URL: 'https://github.com/acme/weakref-handbook',
    REPOSITORY_BRANCH: 'trunk',
  });
}
