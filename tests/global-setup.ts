/** Builds the real site once before the tests that inspect dist/ (tests/e2e). */
import { execFileSync } from 'node:child_process';

export default function setup() {
  if (process.env.SKIP_SITE_BUILD) return;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
}
