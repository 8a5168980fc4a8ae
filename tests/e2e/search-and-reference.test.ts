/**
 * Look-up (issue 23): the search dialog finds each API name's reference entry first, at its anchor, and a topic's
 * guide before any entry; the site's interface text is not in the index; arrow keys and Enter work in the
 * results; every reference entry is in "On this page".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, entryHref, type ApiEntry } from '../../src/reference/api.ts';
import { openSite, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

/** Types a query into the search dialog and returns the result links (path and hash) once they are for it. */
async function results(page: Page, query: string): Promise<string[]> {
  await page.locator('#starlight__search input').fill(query);
  // The UI says "N results for <query>" and fills each result's link once its data has loaded.
  await page.waitForFunction(
    (q) =>
      document.querySelector('.pagefind-ui__message')?.textContent?.endsWith(`for ${q}`) &&
      document.querySelector('.pagefind-ui__result-link[href]'),
    query,
  );
  // Results render as their data loads (the merged API index's too), so read the list until it stops changing.
  const read = () => page.locator('.pagefind-ui__result-title:not(.pagefind-ui__result-nested *) .pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  let hrefs = await read();
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(300);
    const again = await read();
    if (again.join() === hrefs.join()) break;
    hrefs = again;
  }
  return hrefs.map((href) => {
    const url = new URL(href, site.url);
    return url.pathname + url.hash;
  });
}

async function openSearch(path = '/'): Promise<Page> {
  const page = await site.page(path);
  await page.locator('button[data-open-modal]').click();
  await page.locator('#starlight__search input').waitFor();
  return page;
}

/**
 * The names a reader types for an entry: its heading's name (`finalize.detach`, `WeakMap.prototype.get`), a
 * member's own short name (`detach`, `get`; not a dunder alone), the module-qualified Python name
 * (`weakref.finalize.detach`) and a JavaScript method without `prototype` (`WeakMap.get`). Written out here rather
 * than taken from src/search, so that the test checks what the records claim.
 */
function typedNames(entry: ApiEntry): string[] {
  const short = entry.name.slice(entry.name.lastIndexOf('.') + 1);
  const qualified = entry.language === 'python' ? `weakref.${entry.name}` : entry.name.replace('.prototype.', '.');
  return [...new Set([entry.name, ...(short.startsWith('__') ? [] : [short]), qualified])];
}

/**
 * The entries a query must put first, as the dialog ranked them (query -> result hrefs): the entries it names;
 * if Pagefind cannot tell it from other names (their results are the same list: `ProxyType` and `ProxyTypes` stem
 * to one word), those names' entries too, all before anything else. Returns the queries that fail, with their top
 * results.
 */
function misplaced(found: Map<string, string[]>, entriesOf: (query: string) => string[]): string[] {
  const wrong: string[] = [];
  for (const [query, hrefs] of found) {
    const alike = [...found].filter(([, other]) => other.join() === hrefs.join()).flatMap(([q]) => entriesOf(q));
    const expected = new Set(alike);
    const top = hrefs.slice(0, expected.size);
    if (expected.size === 0 || !top.every((href) => expected.has(href))) wrong.push(`${query} -> ${hrefs.slice(0, 3).join(' ')}`);
  }
  return wrong;
}

describe('search', () => {
  it('judges a ranking by the entries named first', () => {
    const entriesOf = (query: string) => ({ a: ['#a'], b: ['#b'], c: ['#c'], d: ['#d1', '#d2'] })[query] ?? [];
    const found = new Map([
      ['a', ['#a', '/guide/']],
      ['b', ['/guide/', '#b']], // second: wrong
      ['c', ['#c', '#b']],
      ['d', ['#d2', '#d1', '/guide/']], // two entries of one name: both first
    ]);
    expect(misplaced(found, entriesOf)).toEqual(['b -> /guide/ #b']);
    // Two names the search cannot tell apart (the same results): both entries first, in either order.
    expect(misplaced(new Map([['a', ['#b', '#a']], ['b', ['#b', '#a']]]), entriesOf)).toEqual([]);
    expect(misplaced(new Map([['a', ['#b', '/guide/', '#a']], ['b', ['#b', '/guide/', '#a']]]), entriesOf)).toHaveLength(2);
  });

  it('lands on the reference entry first for every name of every public API entry', { timeout: 600_000 }, async () => {
    const page = await openSearch();
    const queries = [...new Set(API.flatMap(typedNames))];
    expect(queries.length).toBeGreaterThan(2 * API.length); // three forms for most names
    const found = new Map<string, string[]>();
    for (const query of queries) found.set(query, await results(page, query));
    // Another entry typed the same way (Python's and JavaScript's WeakSet, WeakMap's and WeakSet's has) is as good.
    const entriesOf = (query: string) => API.filter((entry) => typedNames(entry).some((name) => name.toLowerCase() === query.toLowerCase())).map(entryHref);
    expect(misplaced(found, entriesOf)).toEqual([]);
    await page.close();
  });

  it('puts the guide about a topic before any reference entry', { timeout: 120_000 }, async () => {
    const page = await openSearch();
    // Phrases from the guides (some are their section headings), with the page that is about each: the
    // reference entries mention these words too, and used to come first for some.
    const topics: [string, string][] = [
      ['resurrection', '/python/finalize/'],
      ['cache eviction', '/recipes/bounded-cache/'],
      ['bound method', '/python/weakmethod/'],
      ['errors in callbacks', '/python/ref/'],
      ['functions, lambdas and methods', '/python/weakmethod/'],
      ['interning', '/python/caches/'],
      ['memory leak', '/js/memory-management/'],
    ];
    const wrong: string[] = [];
    for (const [query, guide] of topics) {
      const found = await results(page, query);
      if (found[0] !== guide) wrong.push(`${query} -> ${found.slice(0, 3).join(' ')}`);
    }
    expect(wrong).toEqual([]);
    await page.close();
  });

  it('follows results with the arrow keys and Enter', async () => {
    const page = await openSearch();
    await results(page, 'WeakMethod');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toMatch(/\/reference\/python\/#WeakMethod$/);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/reference\/python\/#WeakMethod$/);
    await page.close();
  });

  it("shows an entry's result by its title and excerpt, without the names that rank it as a tag", async () => {
    const page = await openSearch();
    await results(page, 'WeakMethod');
    const first = page.locator('.pagefind-ui__result').first();
    expect(await first.locator('.pagefind-ui__result-link').textContent()).toBe('WeakMethod (Python class)');
    expect(await first.locator('.pagefind-ui__result-excerpt').textContent()).toContain('weakref.WeakMethod');
    // The tag is in the page (Pagefind's UI lists every metadata field) but not shown.
    expect(await first.locator('[data-pagefind-ui-meta="names"]').count()).toBe(1);
    expect(await first.locator('.pagefind-ui__result-tags').isVisible()).toBe(false);
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

  it('shows no literal backticks in any entry', async () => {
    for (const path of ['/reference/python/', '/reference/javascript/']) {
      const page = await site.page(path);
      // The entries' own text, without their examples (TypeScript template literals use backticks).
      const texts = await page.locator('.api-entry').evaluateAll((entries) =>
        entries.map((entry) => {
          const copy = entry.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.checked-example').forEach((example) => example.remove());
          return copy.textContent ?? '';
        }),
      );
      expect(texts.filter((text) => text.includes('`')).map((text) => text.slice(0, 60))).toEqual([]);
      await page.close();
    }
  });

  it('never breaks an entry name inside a word on a phone', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url + '/reference/javascript/');
    // Each word of a heading's name is its own text node (a break is allowed after a dot); one line box each.
    const split = await page.locator('.api-entry h3 code').evaluateAll((codes) =>
      codes.flatMap((code) =>
        [...code.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .filter((node) => {
            const range = document.createRange();
            range.selectNodeContents(node);
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
          })
          .map((node) => `${code.textContent}: ${node.textContent}`),
      ),
    );
    expect(split).toEqual([]);
    // …and the names fit the screen instead of running off it.
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    const wide = await page.locator('.api-entry h3 code').evaluateAll((codes, w) => codes.filter((code) => code.getBoundingClientRect().right > w).map((code) => code.textContent), width);
    expect(wide).toEqual([]);
    await context.close();
  });
});

describe('wide tables', () => {
  it('keeps the Changes by version table inside the content column at 1400 px', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url + '/python/changes-by-version/');
    const overflow = await page.evaluate(() => {
      const column = document.querySelector('.sl-markdown-content')!.getBoundingClientRect();
      return [...document.querySelectorAll('.sl-markdown-content table')].map((table) => Math.round(table.getBoundingClientRect().right - column.right));
    });
    expect(overflow.length).toBeGreaterThan(0);
    expect(overflow.filter((px) => px > 0)).toEqual([]);
    await context.close();
  });

  it('shows what can be weakly referenced as one table, a column per runtime, that fits a phone', async () => {
    for (const width of [390, 1400]) {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.url + '/python/what-can-be-weakly-referenced/');
      const table = page.locator('.output-table table');
      expect(await table.count()).toBe(1);
      const headings = await table.locator('thead th').allTextContents();
      expect(headings.slice(1).some((h) => h.includes('CPython')) && headings.slice(1).some((h) => h.includes('PyPy'))).toBe(true);
      // The program's own output is that table, not raw `| a | b |` rows.
      const program = page.locator('figure[data-example="examples/python/types/what_can_be_referenced.py"]');
      expect(await program.count()).toBe(1);
      expect(await program.locator('.example-output').count()).toBe(0);
      // Nothing hidden behind a sideways scroll, inside the table or around it.
      const hidden = await table.evaluate((t) => [t, t.parentElement!].filter((box) => box.scrollWidth > box.clientWidth).length);
      expect(hidden).toBe(0);
      const right = await table.evaluate((t) => t.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(await page.evaluate(() => document.querySelector('.sl-markdown-content')!.getBoundingClientRect().right));
      await context.close();
    }
  });
});
