/**
 * Real `astro build`s that must fail: a site with a drifted example and a page naming a missing one, and a site
 * whose only problem is an inline code block. Each build exits non-zero with the check's own report (file and
 * line, one diff for the runtimes that agree, the fix) and no stack trace, and leaves the previous dist/ as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { ASTRO_BIN as astro } from '../helpers/astro.ts';
import { snapshot } from '../helpers/snapshot.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

function build(site: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [astro, 'build', '--root', site], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** What a failing build must never print: Astro's crash framing and stack traces. */
function expectNoCrashFraming(output: string) {
  expect(output).not.toContain('An unhandled error occurred');
  expect(output).not.toContain('Stack trace');
  expect(output).not.toContain('node_modules/astro');
  expect(output).not.toMatch(/^\s+at /m);
}

it('fails the build before anything is written, with one diff for the runtimes that agree', () => {
  const site = join(fixtures, 'site');
  const dist = join(site, 'dist');
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(join(dist, 'old'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<p>the previous, good build</p>');
  writeFileSync(join(dist, 'old', 'page.html'), '<p>still here</p>');
  const before = snapshot(dist);

  const { status, output } = build(site);

  expect(status, output).not.toBe(0);
  expect(output).toMatch(/✗ examples\/python\/drifted\.out:1 \[CPython [^\]]*\]: output of examples\/python\/drifted\.py differs from examples\/python\/drifted\.out/);
  // Every Python runtime prints the same wrong output: one diff, headed with all of them.
  expect(output.match(/--- examples\/python\/drifted\.out/g)).toHaveLength(1);
  expect(output).toMatch(/\[CPython 3\.11 · 3\.12 · 3\.13 · 3\.14, PyPy 3\.9\]/);
  expect(output).toContain('-1\n');
  expect(output).toContain('+0');
  expect(output).toContain('→ if the new output is right: npx starlight-checked-examples --update examples/python/drifted.py');
  expect(output).toContain('✗ src/content/docs/guide.mdx:6: <Example file="python/gone.py">: examples/python/gone.py does not exist');
  // Thrown from a hook for Astro to report (an integration never ends the process itself), once, after the report.
  expect(output.match(/The build stopped at the 2 problems above\./g)).toHaveLength(1);
  expectNoCrashFraming(output);
  expect(snapshot(dist)).toEqual(before);
  expect(readdirSync(site).filter((name) => name.includes('staging'))).toEqual([]);
  rmSync(dist, { recursive: true, force: true });
});

it.each([
  ['with example checks on', {}],
  ['with example checks off', { EXAMPLES_CHECK: 'off' }],
])('fails the build on an inline code block in a page, naming its line, and allows shell blocks (%s)', (_, env) => {
  const site = join(fixtures, 'inline-site');
  rmSync(join(site, 'dist'), { recursive: true, force: true });

  const { status, output } = build(site, env);

  expect(status, output).not.toBe(0);
  expect(output).toContain('✗ src/content/docs/inline.mdx:13: inline python block; show a checked example with <Example file=…>');
  expect(output).not.toContain('inline.mdx:7');
  expectNoCrashFraming(output);
  expect(existsSync(join(site, 'dist'))).toBe(false);
});
