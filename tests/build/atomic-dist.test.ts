/**
 * The build writes a staging folder and swaps it in at the very end, so any failed build — a syntax error in a
 * page, an error while rendering, a failing example (failing-build.test.ts) — leaves the previous dist/ exactly as
 * it was, and no staging folder behind.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const astro = join(import.meta.dirname, '..', '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const sites: string[] = [];
afterAll(() => sites.forEach((site) => rmSync(site, { recursive: true, force: true })));

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  );
}

/** A tiny site (inside the project, so it finds node_modules) with a previous good build in dist/. */
function site(name: string, pages: Record<string, string>): string {
  const root = join(fixtures, `.tmp-atomic-${name}`);
  sites.push(root);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(
    join(root, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport atomicDist from '../../../src/integration/atomic-dist.ts';\nexport default defineConfig({ integrations: [atomicDist()] });\n",
  );
  for (const [path, text] of Object.entries({ 'index.astro': '<p>new build</p>\n', ...pages })) writeFileSync(join(root, 'src', 'pages', path), text);
  writeFileSync(join(root, 'dist', 'index.html'), '<p>the previous, good build</p>');
  return root;
}

function build(root: string) {
  const result = spawnSync(process.execPath, [astro, 'build', '--root', root], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { status: result.status, output: result.stdout + result.stderr };
}

const leftovers = (root: string) => readdirSync(root).filter((name) => name.includes('staging'));

describe('atomic dist/', () => {
  it('replaces dist/ with the new build when everything succeeds', () => {
    const root = site('good', {});
    const { status, output } = build(root);
    expect(status, output).toBe(0);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toContain('new build');
    expect(leftovers(root)).toEqual([]);
  });

  it.each([
    ['a page that does not compile', 'broken.astro', '---\nconst x = ;\n---\n<p>{x}</p>\n'],
    ['a page that throws while rendering', 'throws.astro', "---\nthrow new Error('render failed on purpose');\n---\n<p>never</p>\n"],
  ])('leaves dist/ untouched after %s', (_, page, text) => {
    const root = site(page.replace('.astro', ''), { [page]: text });
    const before = snapshot(join(root, 'dist'));
    const { status, output } = build(root);
    expect(status, output).not.toBe(0);
    expect(snapshot(join(root, 'dist'))).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });
});
