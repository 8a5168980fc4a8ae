/** Every internal link resolves, every page has its own description, and search finds every API name. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, openSite, sitePages, type Site } from './site.ts';

const SITE_DESCRIPTION = 'Weak references in Python and JavaScript, with every example run and checked at build time.';

function html(path: string): string {
  return readFileSync(join(DIST, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

/** Whether a page has a description other than the site-wide fallback. */
function hasOwnDescription(text: string): boolean {
  const description = /<meta name="description" content="([^"]*)"/.exec(text)?.[1];
  return description !== undefined && description !== SITE_DESCRIPTION;
}

/** Internal links (`href="/…"`) in a page whose target is not in the build. */
function brokenLinks(page: string, text: string): string[] {
  return [...text.matchAll(/href="(\/[^"#?]*)[^"]*"/g)]
    .map((match) => match[1]!)
    .filter((href) => !href.startsWith('/_astro/') && !href.startsWith('/pagefind/'))
    .filter((href) => !existsSync(join(DIST, href)) && !existsSync(join(DIST, href, 'index.html')))
    .map((href) => `${page} -> ${href}`);
}

describe('navigation', () => {
  it('detects a broken internal link', () => {
    expect(brokenLinks('/x/', '<a href="/python/ref/">ok</a><a href="/python/nope/">bad</a>')).toEqual(['/x/ -> /python/nope/']);
  });

  it('has no broken internal links', () => {
    expect(sitePages().flatMap((page) => brokenLinks(page, html(page)))).toEqual([]);
  });

  it('detects a page that falls back to the site description', () => {
    expect(hasOwnDescription(`<meta name="description" content="${SITE_DESCRIPTION}">`)).toBe(false);
    expect(hasOwnDescription('<meta name="description" content="How weakref.ref works.">')).toBe(true);
  });

  it('gives every content page a description of its own', () => {
    const generic = sitePages().filter((page) => page !== '/' && page !== '/404.html' && !hasOwnDescription(html(page)));
    expect(generic).toEqual([]);
  });
});

describe('search', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(() => site?.close());

  it('finds every API name', async () => {
    const page = await site.page('/');
    const names = [
      'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary', 'WeakValueDictionary', 'WeakSet', 'WeakMethod',
      'finalize', 'KeyedRef', 'ProxyType', 'CallableProxyType', 'ProxyTypes', 'ReferenceType', 'ReferenceError',
      'WeakRef', 'WeakMap', 'FinalizationRegistry', 'deref', 'unregister',
    ];
    // A string, so the test runner does not rewrite the browser's dynamic import.
    const missing = await page.evaluate(`(async (terms) => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const missing = [];
      for (const term of terms) {
        // Pagefind also returns fuzzy matches, so a hit counts only if the page really contains the term.
        const results = await Promise.all((await pagefind.search(term)).results.slice(0, 5).map((r) => r.data()));
        if (!results.some((page) => page.content.toLowerCase().includes(term.toLowerCase()))) missing.push(term);
      }
      return missing;
    })(${JSON.stringify([...names, 'xyzzyplugh'])})`);
    // The made-up word proves a miss is reported; every real name is found.
    expect(missing).toEqual(['xyzzyplugh']);
    await page.close();
  });
});
