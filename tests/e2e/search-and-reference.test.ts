/**
 * Look-up (issue 23): the search dialog finds each API name's reference entry first, at its anchor; the site's
 * interface text is not in the index; arrow keys and Enter work in the results; every reference entry is in
 * "On this page".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, entryHref } from '../../src/reference/api.ts';
import { openSite, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

/** Types a query into the search dialog and returns the first result link's path and hash once results show. */
async function firstResult(page: Page, query: string): Promise<string> {
  const input = page.locator('#starlight__search input');
  await input.fill(query);
  // Pagefind's UI shows each result's title once its data has loaded; wait until the list is for this query.
  await page.waitForFunction(
    (q) => document.querySelector<HTMLInputElement>('#starlight__search input')?.value === q && !!document.querySelector('.pagefind-ui__result-link'),
    query,
  );
  await page.waitForTimeout(400); // the UI debounces typing; let the last search settle
  const href = await page.locator('.pagefind-ui__result-link').first().getAttribute('href');
  const url = new URL(href ?? '', site.url);
  return url.pathname + url.hash;
}

async function openSearch(path = '/'): Promise<Page> {
  const page = await site.page(path);
  await page.locator('button[data-open-modal]').click();
  await page.locator('#starlight__search input').waitFor();
  return page;
}

describe('search', () => {
  it('lands on the reference entry first for every public API name', { timeout: 300_000 }, async () => {
    const page = await openSearch();
    // Top-level names, as a reader types them: `unregister` for FinalizationRegistry.prototype.unregister.
    const wrong: string[] = [];
    for (const entry of API) {
      const query = entry.name.slice(entry.name.lastIndexOf('.') + 1);
      if (query.startsWith('__')) continue; // finalize.__call__: nobody searches for a dunder alone
      const ambiguous = API.filter((other) => other.name.slice(other.name.lastIndexOf('.') + 1) === query);
      const first = await firstResult(page, query);
      if (!ambiguous.some((other) => entryHref(other) === first)) wrong.push(`${query} -> ${first}`);
    }
    expect(wrong).toEqual([]);
    await page.close();
  });

  it('follows results with the arrow keys and Enter', async () => {
    const page = await openSearch();
    await firstResult(page, 'WeakMethod');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toMatch(/\/reference\/python\/#WeakMethod$/);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/reference\/python\/#WeakMethod$/);
    await page.close();
  });

  it('leaves the interface text out of the index', async () => {
    const page = await site.page('/');
    // Each phrase is shown with every example (toolbar, provenance line, output labels) or mistake.
    const phrases = ['Copy whole program', 'Show whole program', 'Verified at build', 'Mistake: this code is wrong on purpose', 'Output differs by runtime'];
    // A string, so the test runner does not rewrite the browser's dynamic import.
    const found = await page.evaluate(`(async (phrases) => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const found = [];
      for (const phrase of phrases) {
        const pages = await Promise.all((await pagefind.search(phrase)).results.map((r) => r.data()));
        for (const p of pages) if (p.content.includes(phrase)) found.push(phrase + ' on ' + p.url);
      }
      return found;
    })(${JSON.stringify(phrases)})`);
    expect(found).toEqual([]);
    await page.close();
  });
});

describe('reference pages', () => {
  for (const path of ['/reference/python/', '/reference/javascript/']) {
    it(`lists every entry of ${path} in "On this page"`, async () => {
      const page = await site.page(path);
      const entries = await page.locator('.api-entry h3[id]').evaluateAll((hs) => hs.map((h) => '#' + h.id));
      const toc = await page.locator('starlight-toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(entries.length).toBeGreaterThan(10);
      expect(entries.filter((id) => !toc.includes(id))).toEqual([]);
      await page.close();
    });
  }
});
