/** Type hovers work in the built site, and no page asks for an asset the build did not emit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, sitePages, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

/** Loads `path` and returns every request of that page that failed or answered with an error status. */
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

describe('type hovers', () => {
  it('shows the type of an identifier on hover', async () => {
    const page = await site.page('/js/weakref/');
    const popup = page.locator('.type-popup', { hasText: 'const ref: WeakRef<User>' }).first();
    const ref = popup.locator('..');
    expect(await popup.isVisible()).toBe(false);
    await ref.hover();
    expect(await popup.isVisible()).toBe(true);
    expect(await ref.evaluate((element) => element.firstChild?.textContent)).toBe('ref');
    await page.close();
  });

  it('shows it on keyboard focus too', async () => {
    const page = await site.page('/js/weak-value-cache/');
    const first = page.locator('.type-hover').first();
    await first.focus();
    expect(await first.locator('.type-popup').isVisible()).toBe(true);
    await page.close();
  });
});

describe('assets', () => {
  it('detects a page that requests a missing asset', async () => {
    const page = await site.browser.newPage();
    const broken = await brokenRequests(page, () =>
      page.goto(`${site.url}/404.html`).then(() => page.addStyleTag({ url: `${site.url}/_astro/ec.missing.css` }).catch(() => undefined)),
    );
    expect(broken).toContain(`${site.url}/_astro/ec.missing.css (404)`);
    await page.close();
  });

  it('has no page that requests a missing asset', async () => {
    const broken: string[] = [];
    for (const path of sitePages()) {
      const page = await site.browser.newPage();
      broken.push(...(await brokenRequests(page, () => page.goto(site.url + path))).map((b) => `${path}: ${b}`));
      await page.close();
    }
    expect(broken).toEqual([]);
  });
});
