/**
 * Builds the real site once before the tests that inspect dist/ (tests/e2e), and keeps what the build printed
 * (through a pipe, as in CI) for the test that the terminal stays quiet (tests/build/quiet-build.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const BUILD_LOG = '.cache/site-build.log';

export default function setup() {
  if (process.env.SKIP_SITE_BUILD) return;
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { encoding: 'utf8' });
  const output = build.stdout + build.stderr;
  process.stdout.write(output);
  mkdirSync(dirname(BUILD_LOG), { recursive: true });
  writeFileSync(BUILD_LOG, output);
  if (build.status !== 0) throw new Error(`the site build failed (exit ${build.status})`);
}
