/** Type hovers work in the built site (pointer and keyboard), and no page asks for an asset the build did not emit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openSite, sitePages, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

/** The identifier on `page` whose hover text is exactly `type` (the n-th one). */
const identifier = (page: Page, type: string, n = 0): Locator => page.locator(`.type-hover[data-type=${JSON.stringify(type)}]`).nth(n);

/** The tooltip's box, checked to be whole, inside the viewport and not covered by anything else. */
async function visibleBox(page: Page) {
  const tooltip = page.locator('.type-tooltip');
  const box = await tooltip.boundingBox();
  if (!box) throw new Error('the tooltip is not displayed');
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  // Each corner shows the tooltip itself: nothing clips or covers it.
  for (const [x, y] of [[box.x + 2, box.y + 2], [box.x + box.width - 2, box.y + box.height - 2]] as const) {
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('.type-tooltip') !== null, [x, y])).toBe(true);
  }
  return box;
}

describe('type hovers', () => {
  it('shows the type of an identifier on hover, below it', async () => {
    const page = await site.page('/js/weakref/');
    const tooltip = page.locator('.type-tooltip');
    expect(await tooltip.isVisible()).toBe(false);
    const ref = identifier(page, 'const ref: WeakRef<User>');
    expect(await ref.textContent()).toBe('ref');
    await ref.hover();
    expect(await tooltip.textContent()).toBe('const ref: WeakRef<User>');
    const box = await visibleBox(page);
    const anchor = (await ref.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(anchor.y + anchor.height);
    // The type is not part of the code's text: copying or reading the code gives the program only.
    expect(await page.locator('figure.checked-example pre').first().innerText()).not.toContain('WeakRef<User>');
    await page.close();
  });

  it('shows the summary of the documentation comment', async () => {
    const page = await site.page('/js/weakref/');
    await identifier(page, '(method) WeakRef<User>.deref(): User | undefined').hover();
    expect(await page.locator('.type-tooltip .type-doc').textContent()).toMatch(/^Returns the WeakRef instance's target value/);
    await page.close();
  });

  it('keeps a tooltip on the last line of a code block whole, outside the scrolling block', async () => {
    const page = await site.page('/js/weakref/');
    await page.setViewportSize({ width: 800, height: 600 });
    const last = page.locator('figure.checked-example').first().locator('.type-hover').last();
    await last.scrollIntoViewIfNeeded();
    await last.hover();
    await visibleBox(page);
    await page.close();
  });

  it('stays open while the pointer moves onto the tooltip, and closes after it leaves', async () => {
    const page = await site.page('/js/weak-value-cache/');
    const tooltip = page.locator('.type-tooltip');
    await identifier(page, 'class WeakValueCache<K, V extends object>').hover();
    const box = await visibleBox(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(300);
    expect(await tooltip.isVisible()).toBe(true);
    await page.mouse.move(1, 1);
    await tooltip.waitFor({ state: 'hidden' });
    await page.close();
  });

  it('works from the keyboard: one tab stop per block, arrow keys, Escape, and a description for screen readers', async () => {
    const page = await site.page('/js/weak-value-cache/');
    const block = page.locator('figure.checked-example').first();
    const hovers = block.locator('.type-hover[tabindex]');
    expect(await block.locator('.type-hover[tabindex="0"]').count()).toBe(1);

    // As a keyboard reader would: the skip link past the header and sidebar, then Tab until focus reaches the
    // block's first identifier.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
    await page.keyboard.press('Enter');
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await hovers.first().evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    const tooltip = page.locator('.type-tooltip');
    const first = await hovers.first().getAttribute('data-type');
    expect(await tooltip.textContent()).toContain(first);
    expect(await hovers.first().getAttribute('aria-describedby')).toBe(await tooltip.getAttribute('id'));
    expect(await tooltip.getAttribute('role')).toBe('tooltip');

    await page.keyboard.press('ArrowRight');
    expect(await hovers.nth(1).evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await tooltip.textContent()).toContain(await hovers.nth(1).getAttribute('data-type'));

    await page.keyboard.press('Escape');
    expect(await tooltip.isVisible()).toBe(false);

    // Tab leaves the identifiers of this block: they are one stop, not dozens.
    await page.keyboard.press('Tab');
    expect(await hovers.evaluateAll((elements) => elements.some((element) => element === document.activeElement))).toBe(false);
    await page.close();
  });

  it('has hovers in every TypeScript example of the side-by-side page, including hidden tabs', async () => {
    const page = await site.page('/js/python-and-javascript/');
    const tsBlocks = page.locator('figure.checked-example[data-example^="examples/ts/"]');
    const count = await tsBlocks.count();
    expect(count).toBe(6); // one per pair of tabs
    for (let i = 0; i < count; i++) expect(await tsBlocks.nth(i).locator('.type-hover').count()).toBeGreaterThan(3);
    expect(await page.locator('figure.checked-example[data-example^="examples/python/"] .type-hover').count()).toBe(0);
    await page.close();
  });

  it('logs no script errors', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${site.url}/js/weakmap/`);
    await page.locator('.type-hover').first().hover();
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Loads a page and returns every request of it that failed or answered with an error status. */
async function brokenRequests(page: Page, load: () => Promise<unknown>): Promise<string[]> {
  const broken: string[] = [];
  page.on('requestfailed', (request) => broken.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) broken.push(`${response.url()} (${response.status()})`);
  });
  await load();
  await page.waitForLoadState('load');
  return broken;
}

describe('assets', () => {
  it('detects a page that requests a missing asset (control)', async () => {
    const page = await site.browser.newPage();
    const broken = await brokenRequests(page, () =>
      page.goto(`${site.url}/404.html`).then(() => page.addStyleTag({ url: `${site.url}/_astro/ec.missing.css` }).catch(() => undefined)),
    );
    expect(broken).toContain(`${site.url}/_astro/ec.missing.css (404)`);
    await page.close();
  });

  // Opens every page of the site: the time grows with the page count and the machine's load.
  it('has no page that requests a missing asset, and every page with code loads the Expressive Code assets', { timeout: 900_000 }, async () => {
    const broken: string[] = [];
    const withCode: string[] = [];
    for (const path of sitePages()) {
      const page = await site.browser.newPage();
      const loaded: string[] = [];
      page.on('response', (response) => {
        if (/\/_astro\/ec\.[\w-]+\.(css|js)$/.test(response.url()) && response.ok()) loaded.push(response.url());
      });
      broken.push(...(await brokenRequests(page, () => page.goto(site.url + path))).map((b) => `${path}: ${b}`));
      if ((await page.locator('.expressive-code').count()) > 0) {
        withCode.push(path);
        expect(loaded.some((url) => url.endsWith('.css')), `${path} loads ec.*.css`).toBe(true);
        expect(loaded.some((url) => url.endsWith('.js')), `${path} loads ec.*.js`).toBe(true);
      }
      await page.close();
    }
    expect(broken).toEqual([]);
    expect(withCode).toContain('/js/weakref/');
  });
});
