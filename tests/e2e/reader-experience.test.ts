/**
 * The reader's experience of the built site, in Chromium: finding things (home cards, header, sidebar, reference
 * anchors and the links to them), reading on a phone (nothing scrolls sideways, the copy button covers no code),
 * and looking rather than reading (outputs that differ side by side, diagrams with text alternatives, labelled
 * mistakes and fixes, language pairs in columns).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { API, entryHref } from '../../src/reference/api.ts';
import { DIST, openSite, pythonRuntimeLabels, sitePages, type Site } from './site.ts';

let site: Site;
let phone: BrowserContext;
let desktop: BrowserContext;
beforeAll(async () => {
  site = await openSite();
  phone = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  desktop = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
});
afterAll(() => site?.close());

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url + path);
  return page;
}

/** Whether a site path (with or without a #fragment) is a page of the build. */
function pageExists(href: string): boolean {
  const path = href.split('#')[0]!;
  return existsSync(join(DIST, path, 'index.html')) || existsSync(join(DIST, path));
}

function html(path: string): string {
  return readFileSync(join(DIST, path, 'index.html'), 'utf8');
}

/** Pages that have no link in the given list of hrefs. */
const missingFrom = (hrefs: (string | null)[], pages: string[]) => pages.filter((path) => !hrefs.includes(path));

const CONTENT_PAGES = () => sitePages().filter((path) => path !== '/' && path !== '/404.html');

describe('finding things', () => {
  it('makes every home card a link to a page of the site', async () => {
    const page = await open(desktop, '/');
    const cards = page.locator('.sl-link-card, .card');
    expect(await cards.count()).toBe(6);
    const hrefs = await page.locator('.sl-link-card a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(6);
    for (const href of hrefs) expect(pageExists(href), href).toBe(true);
    expect(hrefs).toContain('/js/weakref/');
    expect(await page.locator('.card:not(.sl-link-card)').count()).toBe(0); // no card without a link
    await page.close();
  });

  it('has header links to every main section, marking the current one', async () => {
    const page = await open(desktop, '/js/weakmap/');
    const links = page.locator('header nav[aria-label="Sections"] a');
    const labels = await links.allTextContents();
    expect(labels.map((l) => l.trim())).toEqual(['Learn', 'Python', 'Recipes', 'JavaScript', 'Pitfalls', 'Python reference', 'JS reference']);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(pageExists(href), href).toBe(true);
    expect(await page.locator('header nav a[aria-current="true"]').textContent()).toContain('JavaScript');
    expect(await links.first().isVisible()).toBe(true);
    await page.close();
  });

  it('lists every page in the sidebar, grouped so an API is one click away', async () => {
    const page = await open(desktop, '/start/what-is-a-weak-reference/');
    const sidebar = await page.locator('#starlight__sidebar a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const groups = (await page.locator('#starlight__sidebar details > summary').allTextContents()).map((t) => t.trim());
    // The references second, right after Learn: a reader looking a name up finds them without scrolling.
    expect(groups.slice(0, 7)).toEqual(['Learn', 'Reference', 'Python API', 'Python topics', 'Recipes (Python)', 'JavaScript', 'Pitfalls']);
    expect(missingFrom(sidebar, ['/python/ref/', '/python/not-listed/'])).toEqual(['/python/not-listed/']); // control
    expect(missingFrom(sidebar, CONTENT_PAGES())).toEqual([]);
    await page.close();
  });

  it('gives every public name its own anchored entry with signature and examples', async () => {
    for (const entry of API) {
      const [path, id] = entryHref(entry).split('#') as [string, string];
      const text = html(path);
      expect(text, entry.id).toContain(`id="${id}"`);
    }
    const page = await open(desktop, '/reference/python/#WeakValueDictionary');
    const entry = page.locator('section.api-entry', { has: page.locator('[id="WeakValueDictionary"]') });
    expect(await entry.locator('.signature').textContent()).toBe('weakref.WeakValueDictionary([dict])');
    expect(await entry.locator('dt').allTextContents()).toEqual(expect.arrayContaining(['Parameters', 'Returns', 'Raises', 'Versions', 'Checked examples']));
    // How many examples use it and the pages that show them, then one short example of its own.
    expect(await entry.locator('dd', { hasText: /\d+ examples use it/ }).locator('a').count()).toBeGreaterThan(2);
    expect(await entry.locator('figure.checked-example').count()).toBe(1);
    // The fragment scrolled the entry into view, below the sticky header.
    const box = (await entry.locator('h3').boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y).toBeLessThan(400);
    await page.close();
  });

  it('shows the JavaScript spec section and runtime support per entry', async () => {
    const page = await open(desktop, '/reference/javascript/');
    const entry = page.locator('section.api-entry', { has: page.locator('[id="FinalizationRegistry.prototype.unregister"]') });
    expect(await entry.locator('a[href^="https://tc39.es/ecma262/#sec-finalization-registry.prototype.unregister"]').count()).toBe(1);
    expect(await entry.textContent()).toMatch(/Runtime support.*Node\.js 14\.6.*ran in this build on Node/s);
    await page.close();
  });

  it('detects a link to a reference anchor that does not exist (control)', () => {
    expect(brokenAnchors('<a href="/reference/python/#WeakSet">x</a><a href="/reference/python/#weakset">y</a>')).toEqual(['/reference/python/#weakset']);
  });

  it('links API names in the prose to their entries, and every such link resolves', () => {
    const linked = new Set<string>();
    const broken: string[] = [];
    for (const path of CONTENT_PAGES()) {
      const text = html(path);
      for (const match of text.matchAll(/href="(\/reference\/[^"]*#[^"]+)"/g)) linked.add(match[1]!);
      broken.push(...brokenAnchors(text).map((href) => `${path} -> ${href}`));
    }
    expect(broken).toEqual([]);
    // The names readers look up most are linked from the prose.
    for (const id of ['WeakValueDictionary', 'WeakKeyDictionary', 'finalize', 'WeakMethod']) expect(linked).toContain(`/reference/python/#${id}`);
    expect(linked).toContain('/reference/javascript/#WeakRef.prototype.deref');
    expect(html('/python/caches/')).toMatch(/<a href="\/reference\/python\/#WeakValueDictionary" class="api-link"><code[^>]*>WeakValueDictionary<\/code><\/a>/);
  });
});

/** Links to /reference/…#id in a page whose id the target page lacks. */
function brokenAnchors(text: string): string[] {
  return [...text.matchAll(/href="(\/reference\/[^"#]*)#([^"]+)"/g)]
    .filter(([, path, id]) => !html(path!).includes(`id="${id}"`))
    .map(([, path, id]) => `${path}#${id}`);
}

/** Elements (and the page itself) that are wider than their box, so a reader would scroll sideways. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const found: string[] = [];
    if (root.scrollWidth > root.clientWidth + 1) found.push(`page (${root.scrollWidth} > ${root.clientWidth})`);
    for (const element of document.querySelectorAll<HTMLElement>('main table, main pre, main .expressive-code, main figure, main .api-entry')) {
      if (element.closest('[hidden]') || element.offsetParent === null) continue;
      // Named by its example file where it has one: a deep hanging indent in the code is the usual cause.
      const example = element.closest<HTMLElement>('figure[data-example]')?.dataset['example'];
      const name = `${element.tagName.toLowerCase()}.${element.className}${example ? ` in ${example}` : ''}`;
      if (element.scrollWidth > element.clientWidth + 1) found.push(`${name} (${element.scrollWidth} > ${element.clientWidth})`);
      const box = element.getBoundingClientRect();
      if (box.right > root.clientWidth + 1) found.push(`${name} ends at ${Math.round(box.right)}`);
    }
    return found;
  });
}

/** The titles of the page's sections that show a mistake but no fix. */
function sectionsWithoutFix(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sections: { title: string; kinds: string[] }[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('main h2, main figure[data-kind]')) {
      if (element.tagName === 'H2') sections.push({ title: element.textContent ?? '', kinds: [] });
      else sections.at(-1)?.kinds.push(element.dataset['kind'] ?? '');
    }
    return sections.filter((s) => s.kinds.includes('mistake') && !s.kinds.includes('fix')).map((s) => s.title);
  });
}

describe('reading on a phone and on a wide screen', () => {
  it('detects an element that scrolls sideways (control)', async () => {
    const page = await open(phone, '/python/ref/');
    await page.evaluate(() => {
      const pre = document.createElement('pre');
      pre.textContent = 'x'.repeat(300);
      pre.style.overflow = 'auto';
      document.querySelector('main')!.append(pre);
    });
    expect((await overflowing(page)).join('\n')).toMatch(/^pre\./m);
    await page.close();
  });

  for (const [name, width] of [['phone', 390], ['desktop', 1400]] as const) {
    it(`has no page, table or frame wider than the screen at ${width} px`, { timeout: 900_000 }, async () => {
      const context = name === 'phone' ? phone : desktop;
      const problems: string[] = [];
      const page = await context.newPage();
      for (const path of sitePages()) {
        await page.goto(site.url + path);
        problems.push(...(await overflowing(page)).map((problem) => `${path}: ${problem}`));
      }
      await page.close();
      expect(problems).toEqual([]);
    });
  }

  it('stacks table rows into labelled cards below 700 px', async () => {
    const page = await open(phone, '/python/runtimes/');
    const cell = page.locator('main table td').first();
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('block');
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Runtime"');
    await page.close();
  });

  /** Frames (by index) whose copy button reaches down into their first line of code. */
  async function copyButtonsOverCode(page: Page): Promise<number[]> {
    const frames = page.locator('figure.checked-example .expressive-code');
    const covered: number[] = [];
    for (let i = 0; i < (await frames.count()); i++) {
      const frame = frames.nth(i);
      await frame.scrollIntoViewIfNeeded();
      const button = (await frame.locator('.copy button').boundingBox())!;
      const line = (await frame.locator('.ec-line').first().boundingBox())!;
      if (button.y + button.height > line.y + 1) covered.push(i);
    }
    return covered;
  }

  it('detects a copy button over the first line (control)', async () => {
    const page = await open(phone, '/python/ref/');
    await page.addStyleTag({ content: '.expressive-code .frame.has-title .copy { inset-block-start: 2.5rem !important; }' });
    expect((await copyButtonsOverCode(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('keeps the copy button off the first line of code', async () => {
    for (const context of [phone, desktop]) {
      const page = await open(context, '/pitfalls/common-mistakes/');
      expect(await page.locator('figure.checked-example .expressive-code').count()).toBeGreaterThan(5);
      expect(await copyButtonsOverCode(page)).toEqual([]);
      await page.close();
    }
  });

  it('keeps provenance short (one line wide, two rows of tap targets on a phone), with details on demand', async () => {
    const wide = await open(desktop, '/python/ref/');
    expect((await wide.locator('figure.checked-example .provenance').first().boundingBox())!.height).toBeLessThan(48);
    await wide.close();
    const page = await open(phone, '/python/ref/');
    const provenance = page.locator('figure.checked-example .provenance').first();
    // The summary (two 21 px text lines at most, padded), a 4 px gap and one row of 44 px links: about 102 px.
    expect((await provenance.boundingBox())!.height).toBeLessThan(110);
    const details = provenance.locator('.details');
    expect(await details.isVisible()).toBe(false);
    await provenance.locator('summary').click();
    const text = await details.textContent();
    for (const label of (await pythonRuntimeLabels()).labels) expect(text).toContain(label);
    await page.close();
  });
});

describe('looking rather than reading', () => {
  it('shows outputs that differ by runtime together, each labelled, without interaction', async () => {
    const page = await open(phone, '/start/what-is-a-weak-reference/');
    const differ = page.locator('figure[data-example="examples/python/basics/seed_version.py"] .outputs-differ');
    expect(await differ.locator('.differs-label').textContent()).toMatch(/differs by runtime/i);
    const outputs = differ.locator('.example-output');
    expect(await outputs.count()).toBe(2);
    for (let i = 0; i < 2; i++) expect(await outputs.nth(i).isVisible()).toBe(true);
    expect(await outputs.nth(1).locator('.example-output-label').textContent()).toMatch(/PyPy/);
    // Nowhere on the site does an output hide behind a tab.
    for (const path of CONTENT_PAGES()) expect(html(path), path).not.toMatch(/role="tabpanel"[^>]*hidden[^>]*>\s*<div class="example-output/);
    await page.close();
  });

  it('gives every diagram a text alternative and colours that follow the theme', async () => {
    const names = new Set<string>();
    for (const path of CONTENT_PAGES()) for (const match of html(path).matchAll(/data-diagram="([\w-]+)"/g)) names.add(match[1]!);
    expect([...names].sort()).toEqual(['cycle-collection', 'deref-timeline', 'strong-and-weak', 'tree-back-link', 'weak-key-entry']);

    const strokes: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${site.url}/start/what-is-a-weak-reference/`);
      const svg = page.locator('figure.diagram svg').first();
      expect(await svg.getAttribute('role')).toBe('img');
      const name = await svg.evaluate((element) => {
        const ids = (element.getAttribute('aria-labelledby') ?? '').split(' ');
        return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      });
      expect(name).toBe('Strong and weak references to one object');
      expect(await svg.evaluate((element) => document.getElementById(element.getAttribute('aria-describedby')!)?.textContent?.length ?? 0)).toBeGreaterThan(80);
      strokes.push(await page.locator('figure.diagram .d-strong').first().evaluate((path) => getComputedStyle(path).stroke));
      await context.close();
    }
    expect(strokes[0]).not.toBe(strokes[1]);
  });

  it('labels mistakes as mistakes, without a green check, and shows a fix for them', async () => {
    const page = await open(desktop, '/pitfalls/common-mistakes/');
    const mistakes = page.locator('figure[data-kind="mistake"]');
    const fixes = page.locator('figure[data-kind="fix"]');
    expect(await mistakes.count()).toBeGreaterThanOrEqual(9);
    expect(await fixes.count()).toBeGreaterThanOrEqual(9);
    // Every section that shows a mistake also shows its fix as code, not only in a sentence.
    expect(await sectionsWithoutFix(page)).toEqual([]);
    await page.evaluate(() => document.querySelector('main figure[data-kind="fix"]')!.remove());
    expect((await sectionsWithoutFix(page)).length, 'a section whose fix is removed (control)').toBe(1);
    for (let i = 0; i < (await mistakes.count()); i++) {
      const mistake = mistakes.nth(i);
      expect(await mistake.locator('.example-kind').textContent()).toMatch(/Mistake/);
      expect(await mistake.locator('.provenance').textContent()).not.toContain('✓');
    }
    expect(await fixes.first().locator('.example-kind').textContent()).toMatch(/Fix/);
    const js = await open(desktop, '/pitfalls/javascript/');
    // Each mistake the JavaScript page shows has at least one fix shown as code.
    const jsMistakes = await js.locator('figure[data-kind="mistake"]').count();
    expect(jsMistakes).toBeGreaterThanOrEqual(2);
    expect(await js.locator('figure[data-kind="fix"]').count()).toBeGreaterThanOrEqual(jsMistakes);
    await js.close();
    await page.close();
  });

  it('shows Python and TypeScript side by side on a wide screen and as tabs on a phone', async () => {
    const wide = await open(desktop, '/js/python-and-javascript/');
    const panels = wide.locator('starlight-tabs[data-sync-key="lang"]').first().locator('[role="tabpanel"]');
    const [left, right] = [(await panels.nth(0).boundingBox())!, (await panels.nth(1).boundingBox())!];
    expect(right.x).toBeGreaterThanOrEqual(left.x + left.width);
    expect(Math.abs(right.y - left.y)).toBeLessThan(2);
    await wide.close();

    const narrow = await open(phone, '/js/python-and-javascript/');
    const narrowPanels = narrow.locator('starlight-tabs[data-sync-key="lang"]').first().locator('[role="tabpanel"]');
    expect([await narrowPanels.nth(0).isVisible(), await narrowPanels.nth(1).isVisible()]).toEqual([true, false]);
    await narrow.close();
  });

  it('marks identifiers with types by a dotted underline, and shows the type on a tap', async () => {
    const page = await open(phone, '/js/weakref/');
    const identifier = page.locator('.type-hover[data-type]').first();
    expect(await identifier.evaluate((element) => getComputedStyle(element).textDecorationStyle)).toBe('dotted');
    await identifier.scrollIntoViewIfNeeded();
    await identifier.tap();
    const tooltip = page.locator('.type-tooltip');
    expect(await tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain(await identifier.getAttribute('data-type'));
    const box = (await tooltip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.close();
  });
});
