import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPageLinks, readLinks } from '../../src/engine/page-links.ts';

/** A page as the check reads it: where it is, where it is served, its text. */
interface PageText {
  page: string;
  url: string;
  text: string;
}

const publicDir = mkdtempSync(join(tmpdir(), 'public-'));
writeFileSync(join(publicDir, 'og.png'), '');
afterAll(() => rmSync(publicDir, { recursive: true, force: true }));
const ROUTES = ['/llms.txt', '/sitemap-index.xml'];
const checkLinks = (pages: PageText[], dir: string, routes = ROUTES) => checkPageLinks(pages.map(({ page, url, text }) => ({ page, url, ...readLinks(page, text) })), dir, routes);

const target: PageText = {
  page: 'src/content/docs/python/ref.mdx',
  url: '/python/ref/',
  text: "---\ntitle: ref\n---\n## Callbacks and `ref()`\n\n## Callbacks and `ref()`\n\n<ApiEntry id=\"KeyedRef\" />\n\n:::note\n### In a note\n:::\n",
};
const page = (text: string): PageText => ({ page: 'src/content/docs/start/a.mdx', url: '/start/a/', text: `---\ntitle: a\n---\n${text}` });
const problems = (text: string) => checkLinks([target, page(text)], publicDir).map((problem) => problem.message);

describe('page links, checked without a build', () => {
  it('accepts links to pages, headings (deduplicated as Astro does), ids, files and generated routes', () => {
    const links = [
      '[a](/python/ref/)',
      '[b](/python/ref)',
      '[c](/python/ref/#callbacks-and-ref)',
      '[d](/python/ref/#callbacks-and-ref-1)',
      '[e](/python/ref/#KeyedRef)',
      '[f](/python/ref/#in-a-note)',
      '[g](/og.png)',
      '[h](/llms.txt)',
      '[i](https://docs.python.org/3/library/weakref.html#nope)',
      '[j](#_top)',
      '[k](../../python/ref/#KeyedRef)',
      '<a href="/python/ref/">l</a>',
    ];
    expect(problems(links.join('\n\n'))).toEqual([]);
  });

  it('fails a link to no page, with page:line', () => {
    expect(checkLinks([target, page('text\n\nSee [ref](/python/reff/).\n')], publicDir).map(String)).toEqual([
      'LocatedError: src/content/docs/start/a.mdx:6: the link /python/reff/ leads to no page (a page is served at /<its path under src/content/docs>/)',
    ]);
  });

  it('fails a missing anchor, suggesting the nearest one; in links of every kind', () => {
    expect(problems('[x](/python/ref/#callback-and-ref)')).toEqual([
      'src/content/docs/start/a.mdx:4: the link /python/ref/#callback-and-ref: /python/ref/ has no heading or id "callback-and-ref" (did you mean #callbacks-and-ref?)',
    ]);
    expect(problems('<LinkCard title="x" href="/nowhere/" />')).toHaveLength(1);
    expect(problems(':::tip\nSee [y](#missing).\n:::')).toHaveLength(1);
    expect(problems('[z][ref]\n\n[ref]: /python/ref/#nope')).toHaveLength(1);
  });
});

describe('page links: what counts as a link and as an anchor', () => {
  it('reads inline ids, raw HTML in Markdown pages, and every generated route; ignores text that is no heading', () => {
    const md: PageText = { page: 'src/content/docs/start/b.md', url: '/start/b/', text: '# B\n\n<p id="raw">x</p>\n\n<a href="/python/reff/">bad</a>\n' };
    const checked = (text: string) => checkLinks([target, md, page(text)], publicDir).map((problem) => problem.message);
    expect(checked('Text <span id="inline">x</span> [a](#inline) [b](/start/b/#raw)')).toEqual([
      'src/content/docs/start/b.md:5: the link /python/reff/ leads to no page (a page is served at /<its path under src/content/docs>/)',
    ]);
    // Routes other integrations serve are not broken links when the site names them (its extraRoutes option).
    expect(problems(ROUTES.map((route) => `[r](${route})`).join(' '))).toEqual([]);
    expect(checkLinks([target, page('[r](/llms.txt)')], publicDir, []).map((problem) => problem.message)).toEqual([
      'src/content/docs/start/a.mdx:4: the link /llms.txt leads to no page (a page is served at /<its path under src/content/docs>/)',
    ]);
    expect(problems('Plain words\n\n[p](#plain-words)')).toHaveLength(1);
    expect(problems('<LinkButton href="/gone/">x</LinkButton>')).toHaveLength(1);
    expect(problems('<Card title="x" href="/gone/" />')).toEqual([]); // not a link component
    expect(problems('<a href={"/gone/"}>x</a> <a id={"x"}>y</a> [z](#x)')).toHaveLength(1);
  });

  it('follows no external or protocol-relative link, and decodes an encoded anchor', () => {
    expect(problems('[a](//cdn.test/x/) [b](mailto:a@b.test) [c](/python/ref/#Keyed%52ef)')).toEqual([]);
    expect(problems('[d](/python/ref/#Keyed%52e)')).toEqual([
      'src/content/docs/start/a.mdx:4: the link /python/ref/#Keyed%52e: /python/ref/ has no heading or id "Keyed%52e" (did you mean #KeyedRef?)',
    ]);
  });

  it('suggests the nearest anchor by edit distance, not the first one', () => {
    expect(problems('[x](/python/ref/#in-a-nte)')[0]).toContain('(did you mean #in-a-note?)');
    expect(problems('[x](/python/ref/#KeydRef)')[0]).toContain('(did you mean #KeyedRef?)');
  });

  it('skips a page that does not parse (the page check reports it) and still checks the others', () => {
    const broken: PageText = { page: 'src/content/docs/start/c.mdx', url: '/start/c/', text: '<Aside>\n\n[x](/nowhere/)\n' };
    expect(checkLinks([target, broken, page('[y](/nowhere/)')], publicDir)).toHaveLength(1);
  });
});
