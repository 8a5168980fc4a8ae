/**
 * The page check remembers what each page's text says (page-facts.ts), so a check with no page changed parses
 * none. A changed page must be read again, and what a page's facts are checked against (the examples' regions,
 * the other pages, src/) must be checked every time.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPages } from '../../src/engine/pages.ts';

const pageFactsFile = (root: string) => join(root, '.cache', 'pages.json');

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'page-facts-'));
  temporary.push(root);
  for (const [path, text] of Object.entries(files)) write(root, path, text);
  return root;
}
function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
const check = (root: string, examples = {}) =>
  checkPages(root, join(root, 'src/content/docs'), examples, { factsFile: pageFactsFile(root) }).map((problem) => problem.message);
/** Replaces the reason of every remembered problem, so a test can tell remembered facts from freshly read ones. */
function tamper(root: string): void {
  const stored = JSON.parse(readFileSync(pageFactsFile(root), 'utf8'));
  for (const facts of Object.values<{ problems: { reason: string }[] }>(stored.pages)) facts.problems.forEach((p) => (p.reason = 'remembered'));
  writeFileSync(pageFactsFile(root), JSON.stringify(stored));
}

const INLINE = 'Text.\n\n```python\nx = 1\n```\n';

describe('the page facts cache', () => {
  it('reuses the facts of an unchanged page, and reads a changed page again', () => {
    const root = project({ 'src/content/docs/a.mdx': INLINE, 'src/content/docs/b.mdx': INLINE });
    expect(check(root)).toEqual([expect.stringMatching(/^src\/content\/docs\/a\.mdx:3: inline python block/), expect.stringMatching(/b\.mdx:3: inline python/)]);
    tamper(root);
    expect(check(root)).toEqual(['src/content/docs/a.mdx:3: remembered', 'src/content/docs/b.mdx:3: remembered']);
    write(root, 'src/content/docs/a.mdx', `Intro.\n\n${INLINE}`);
    expect(check(root)).toEqual([expect.stringMatching(/^src\/content\/docs\/a\.mdx:5: inline python block/), 'src/content/docs/b.mdx:3: remembered']);
  });

  it('reads every page again when the engine or the parser is another version', () => {
    const root = project({ 'src/content/docs/a.mdx': INLINE });
    check(root);
    tamper(root);
    const stored = JSON.parse(readFileSync(pageFactsFile(root), 'utf8'));
    writeFileSync(pageFactsFile(root), JSON.stringify({ ...stored, version: 'another engine' }));
    expect(check(root)).toEqual([expect.stringMatching(/^src\/content\/docs\/a\.mdx:3: inline python block/)]);
  });

  it('checks a remembered page against the examples, the other pages and src/ as they are now', () => {
    const root = project({
      'tsconfig.json': '{\n  // as Astro writes it\n  "compilerOptions": { "paths": { "~/*": ["./src/*"] } },\n}\n',
      'src/components/Example.astro': '',
      'src/content/docs/a.mdx': "import Example from '~/components/Example.astro';\n\n<Example file=\"python/x.py\" region=\"main\" />\n\n[b](/b/#here)\n",
      'src/content/docs/b.md': '# B\n\n## Here\n',
    });
    expect(check(root, { 'python/x.py': { regions: ['main'] } })).toEqual([]);
    rmSync(join(root, 'src/components/Example.astro'));
    write(root, 'src/content/docs/b.md', '# B\n\n## There\n');
    expect(check(root, { 'python/x.py': { regions: ['other'] } })).toEqual([
      'src/content/docs/a.mdx:1: imports ~/components/Example.astro, which does not exist (~/ is src/)',
      'src/content/docs/a.mdx:3: <Example file="python/x.py" region="main">: no such region (regions are: other)',
      'src/content/docs/a.mdx:5: the link /b/#here: /b/ has no heading or id "here" (did you mean #there?)',
    ]);
    rmSync(join(root, 'src/content/docs/b.md'));
    expect(check(root, { 'python/x.py': { regions: ['main'] } }).at(-1)).toMatch(/a\.mdx:5: the link \/b\/#here leads to no page/);
  });

  it('forgets the pages that are gone', () => {
    const root = project({ 'src/content/docs/a.mdx': 'A.\n', 'src/content/docs/b.mdx': 'B.\n' });
    check(root);
    expect(Object.keys(JSON.parse(readFileSync(pageFactsFile(root), 'utf8')).pages)).toHaveLength(2);
    rmSync(join(root, 'src/content/docs/b.mdx'));
    check(root);
    expect(Object.keys(JSON.parse(readFileSync(pageFactsFile(root), 'utf8')).pages)).toHaveLength(1);
  });
});
