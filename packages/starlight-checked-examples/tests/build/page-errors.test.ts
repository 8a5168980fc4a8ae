/**
 * Real `astro build`s of a site set up as the real one is, each with one broken page: the build fails with one
 * block per mistake (the page's path and line, what is wrong, the fix), no stack trace, no "file an issue", and
 * leaves no staging folder behind. Most mistakes are found by the engine's page check before anything renders; the
 * rest by the links validator (links in front matter) or by rendering (a component inside an expression). Without
 * link-errors.ts, a broken link ended in the links validator's box, then "[AstroUserError] Links validation
 * failed", "please file an issue at …" and a stack trace into the plugin.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { ASTRO_BIN as astro } from '../helpers/astro.ts';

const site = join(import.meta.dirname, '..', 'fixtures', 'page-errors-site');
const page = join(site, 'src', 'content', 'docs', 'broken.mdx');

function build(body: string, frontmatter = '') {
  writeFileSync(page, `---\ntitle: Broken\n${frontmatter}---\n${body}`);
  const run = spawnSync(process.execPath, [astro, 'build', '--root', site], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { status: run.status, output: stripVTControlCharacters(run.stdout + run.stderr) };
}

function expectPlainFailure(output: string) {
  expect(output).not.toContain('An unhandled error occurred');
  expect(output).not.toContain('Stack trace');
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toContain('file an issue');
  expect(output).not.toContain('AstroUserError');
  expect(output).not.toContain('[vite]  ✗ Build failed');
  expect(readdirSync(site).filter((name) => name.includes('staging'))).toEqual([]);
  expect(existsSync(join(site, 'dist'))).toBe(false);
  expect(existsSync(join(site, '.starlight-links-validator'))).toBe(false);
}

afterEach(() => rmSync(page, { force: true }));

it('reports broken internal links in the page check, one line each, before anything renders', () => {
  const { status, output } = build('\nSome text.\n\nA link to [a missing page](/no-such-page/).\n\nAnd [a missing heading](/#no-such-heading).\n');

  expect(status, output).not.toBe(0);
  expect(output).toContain(
    [
      '✗ src/content/docs/broken.mdx:7: the link /no-such-page/ leads to no page (a page is served at /<its path under src/content/docs>/)',
      '✗ src/content/docs/broken.mdx:9: the link /#no-such-heading: / has no heading or id "no-such-heading" (did you mean #a-section?)',
    ].join('\n'),
  );
  expect(output).toContain('The build stopped at the 2 problems above.');
  expect(output).not.toContain('generating static routes');
  expectPlainFailure(output);
});

it('reports a broken link only the links validator sees (front matter) in one line, without its box', () => {
  const { status, output } = build('\nSome text.\n', "next:\n  link: /no-such-page/\n  label: Next\n");

  expect(status, output).not.toBe(0);
  expect(output).toMatch(/✗ src\/content\/docs\/broken\.mdx\S*: link to \/no-such-page\/: no page has this address/);
  expect(output).toContain('The build stopped at the broken link above.');
  // The validator's own box is not printed as well.
  expect(output).not.toContain('╭─');
  expectPlainFailure(output);
});

it('reports a component the page does not import in the page check, naming what it does import', () => {
  const { status, output } = build("import { Aside } from '@astrojs/starlight/components';\n\nSome text.\n\n<Asid>A misspelt component.</Asid>\n");

  expect(status, output).not.toBe(0);
  expect(output).toContain(
    '✗ src/content/docs/broken.mdx:8: <Asid> is used but not imported (this page imports Aside): correct its name, or import it at the top of the page',
  );
  expect(output).not.toContain('Expected component');
  expectPlainFailure(output);
});

it('reports a component missing inside an expression, which only rendering finds, once with page and line', () => {
  const { status, output } = build("import { Aside } from '@astrojs/starlight/components';\n\nSome text.\n\n{true && <Asid>A misspelt component.</Asid>}\n");

  expect(status, output).not.toBe(0);
  // Before render-errors.ts: MDX's "Expected component `Asid` to be defined" three times, with stack traces.
  expect(output).toContain(
    '✗ src/content/docs/broken.mdx:8: <Asid> is not a component the page imports\n  → correct its name or import it at the top of the page (this page imports Aside)',
  );
  expect(output).not.toContain('Expected component');
  expect(output.match(/The build stopped at the problem above\./g)).toHaveLength(1);
  expectPlainFailure(output);
});

it('reports an MDX syntax error once, with page and line, before anything renders', () => {
  const { status, output } = build("import { Aside } from '@astrojs/starlight/components';\n\n<Aside>\nNever closed.\n");

  expect(status, output).not.toBe(0);
  expect(output.match(/✗ src\/content\/docs\/broken\.mdx:6: the page does not parse: Expected a closing tag for `<Aside>`/g), output).toHaveLength(1);
  expect(output).not.toContain('generating static routes');
  expectPlainFailure(output);
});
