/**
 * The site built for a sub-path (BASE_PATH=/weakref-handbook/, as GitHub Pages serves a project site), served
 * only under that path: every link and asset of every page stays inside it and exists, and search, downloads,
 * type hovers, edit and source links, robots.txt, llms.txt and the 404 page all work there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_DIST, BASE_PATH, openSite, sitePages, type Site } from './site.ts';

const html = (path: string) => readFileSync(join(BASE_DIST, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');

/** Root-relative URLs in `href`/`src`/`srcset` of a page that leave the base or name nothing in the build. */
function strayUrls(page: string, text: string, dist = BASE_DIST, base = BASE_PATH): string[] {
  return [...text.matchAll(/(?:href|src)="(\/[^"#?]*)[^"]*"/g)]
    .map((match) => match[1]!)
    .filter((url) => {
      if (!url.startsWith(base)) return true;
      const file = join(dist, url.slice(base.length));
      return !existsSync(file) && !existsSync(join(file, 'index.html'));
    })
    .map((url) => `${page} -> ${url}`);
}

/** Loads a page and returns every request that failed or answered with an error status. */
async function brokenRequests(page: Page, url: string): Promise<string[]> {
  const broken: string[] = [];
  page.on('requestfailed', (request) => broken.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) broken.push(`${response.url()} (${response.status()})`);
  });
  await page.goto(url);
  await page.waitForLoadState('load');
  return broken;
}

describe('links under a sub-path', () => {
  it('detects a link that leaves the base or points at nothing (control)', () => {
    const page = '<a href="/weakref-handbook/python/ref/">ok</a><a href="/python/ref/">root</a><a href="/weakref-handbook/nope/">gone</a>';
    expect(strayUrls('/x/', page)).toEqual(['/x/ -> /python/ref/', '/x/ -> /weakref-handbook/nope/']);
  });

  it('keeps every link and asset of every page inside the base', () => {
    const pages = sitePages(BASE_DIST);
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.flatMap((page) => strayUrls(page, html(page)))).toEqual([]);
  });

  it('prefixes the base on links written in Markdown, in cards and in the hero', () => {
    expect(html('/')).toMatch(/class="sl-link-button[^"]*" href="\/weakref-handbook\/start\/what-is-a-weak-reference\/"/);
    expect(html('/404.html')).toContain(`href="${BASE_PATH}reference/python/"`);
    expect(html('/python/ref/')).toContain(`href="${BASE_PATH}start/what-is-a-weak-reference/#why-the-gccollect"`);
  });

  it('links each page to its source for editing, and each example to its file in the repository', () => {
    const page = html('/python/ref/');
    expect(page).toContain('href="https://github.com/acme/weakref-handbook/edit/trunk/src/content/docs/python/ref.mdx"');
    expect(page).toMatch(/<a class="source[^"]*" href="https:\/\/github\.com\/acme\/weakref-handbook\/blob\/trunk\/examples\/python\/ref\/[\w/]+\.py"[^>]*>/);
  });

  it('names the sitemap and the social image by their full URLs', () => {
    expect(readFileSync(join(BASE_DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: https://handbook.test${BASE_PATH}sitemap-index.xml`);
    expect(existsSync(join(BASE_DIST, 'sitemap-index.xml'))).toBe(true);
    expect(html('/python/ref/')).toContain(`<meta property="og:image" content="https://handbook.test${BASE_PATH}og.png"/>`);
    expect(existsSync(join(BASE_DIST, 'og.png'))).toBe(true);
    expect(readFileSync(join(BASE_DIST, 'llms.txt'), 'utf8')).toContain(`(https://handbook.test${BASE_PATH}llms-full.txt)`);
  });
});

describe('the sub-path site in a browser', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite({ dist: BASE_DIST, base: BASE_PATH });
  });
  afterAll(() => site?.close());

  it('detects a request outside the base (control)', async () => {
    // A real asset of the build, asked for at the root as a page that ignored the base would.
    const asset = readdirSync(join(BASE_DIST, '_astro')).find((file) => file.endsWith('.css'))!;
    const page = await site.browser.newPage();
    const broken = await brokenRequests(page, `${site.url}/`);
    await page.addStyleTag({ url: `${new URL(site.url).origin}/_astro/${asset}` }).catch(() => undefined);
    expect(broken).toContain(`${new URL(site.url).origin}/_astro/${asset} (404)`);
    await page.close();
  });

  // Every page's own links and assets are checked above without a browser; here, one page of each kind shows
  // that what scripts ask for at run time (search, hovers, tabs) stays under the base too.
  const KINDS = ['/', '/404.html', '/python/ref/', '/js/weakref/', '/js/python-and-javascript/', '/about/how-examples-are-checked/'];

  it('loads one page of each kind without a failed request', async () => {
    expect(sitePages(BASE_DIST)).toEqual(expect.arrayContaining(KINDS));
    const broken: string[] = [];
    for (const path of KINDS) {
      const page = await site.browser.newPage();
      broken.push(...(await brokenRequests(page, site.url + path)).map((request) => `${path}: ${request}`));
      await page.close();
    }
    expect(broken).toEqual([]);
  });

  it('searches from the base', async () => {
    const page = await site.page('/');
    const found = await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${BASE_PATH}pagefind/pagefind.js`)});
      await pagefind.init();
      const results = await Promise.all((await pagefind.search('WeakKeyDictionary')).results.slice(0, 3).map((r) => r.data()));
      return results.map((r) => r.url);
    })()`);
    expect(found).not.toEqual([]);
    for (const url of found as string[]) expect(url.startsWith(BASE_PATH)).toBe(true);
    await page.close();
  });

  it('downloads an example from the base', async () => {
    const page = await site.page('/python/ref/');
    const href = await page.locator('figure.checked-example a.download').first().getAttribute('href');
    expect(href?.startsWith(`${BASE_PATH}examples/python/`)).toBe(true);
    const response = await page.request.get(new URL(href!, site.url).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('import weakref');
    await page.close();
  });

  it('shows type hovers', async () => {
    const page = await site.page('/js/weakref/');
    await page.locator('.type-hover[data-type="const ref: WeakRef<User>"]').first().hover();
    expect(await page.locator('.type-tooltip').textContent()).toBe('const ref: WeakRef<User>');
    await page.close();
  });

  it('answers a missing address with the 404 page, which searches for it', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.url}/python/weak-dicts/`);
    expect(response?.status()).toBe(404);
    const button = page.locator('[data-search-missing]');
    expect(await button.textContent()).toBe('Search the handbook for “python weak dicts”');
    await button.click();
    const input = page.locator('#starlight__search input');
    await expect.poll(() => input.inputValue()).toBe('python weak dicts');
    const results = page.locator('#starlight__search .pagefind-ui__result-link');
    await results.first().waitFor();
    // Results link under the base path; the page the reader meant is among them (API entries may rank first).
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(href).toMatch(/^\/weakref-handbook\//);
    expect(hrefs.some((href) => href.startsWith('/weakref-handbook/python/weak-dictionaries/'))).toBe(true);
    await page.close();
  });
});
