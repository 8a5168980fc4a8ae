/**
 * The build writes a staging folder and swaps it in at the very end, so any failed build — a syntax error in a
 * page, an error while rendering, a failing example (failing-build.test.ts) — leaves the previous dist/ exactly as
 * it was, and no staging folder behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import atomicDist from '../../src/integration/atomic-dist.ts';
import { ASTRO_BIN as astro } from '../helpers/astro.ts';
import { snapshot } from '../helpers/snapshot.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const sites: string[] = [];
afterAll(() => sites.forEach((site) => rmSync(site, { recursive: true, force: true })));

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

describe('two builds into one folder', () => {
  type Hooks = Required<AstroIntegration['hooks']>;
  /** A build's atomic-dist hooks, called as Astro calls them; returns its staging folder and its last step. */
  function startBuild(root: string) {
    const hooks = atomicDist().hooks as Hooks;
    let staging = '';
    const setup = { command: 'build', config: { outDir: pathToFileURL(join(root, 'dist') + '/') }, updateConfig: (config: { outDir: URL }) => (staging = fileURLToPath(config.outDir)) };
    hooks['astro:config:setup'](setup as unknown as Parameters<Hooks['astro:config:setup']>[0]);
    mkdirSync(staging, { recursive: true }); // as Astro does when it writes
    return { staging, done: () => hooks['astro:build:done']({} as Parameters<Hooks['astro:build:done']>[0]) };
  }

  it('stage in folders of their own, and neither removes the other\'s', async () => {
    const root = mkdtempSync(join(tmpdir(), 'two-builds-'));
    sites.push(root);
    const first = startBuild(root);
    writeFileSync(join(first.staging, 'index.html'), 'first');
    const second = startBuild(root); // while the first is still writing
    writeFileSync(join(second.staging, 'index.html'), 'second');
    expect(second.staging).not.toBe(first.staging);
    expect(readFileSync(join(first.staging, 'index.html'), 'utf8')).toBe('first');

    await second.done();
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('second');
    expect(readFileSync(join(first.staging, 'index.html'), 'utf8')).toBe('first');
    await first.done();
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('first');
    expect(leftovers(root)).toEqual([]);
  });

  it('removes the staging folder of a build whose process is gone, and no other', () => {
    const root = mkdtempSync(join(tmpdir(), 'leftover-'));
    sites.push(root);
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    for (const name of [`.dist.staging-${gone}-abcdef`, `.dist.staging-${process.pid}-abcdef`]) mkdirSync(join(root, name));
    const build = startBuild(root);
    expect(existsSync(join(root, `.dist.staging-${gone}-abcdef`))).toBe(false);
    expect(existsSync(join(root, `.dist.staging-${process.pid}-abcdef`))).toBe(true);
    expect(existsSync(build.staging)).toBe(true);
  });
});
