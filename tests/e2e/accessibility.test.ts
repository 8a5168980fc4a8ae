/**
 * axe-core on every page of the built site: no serious or critical violation. `label-content-name-mismatch`
 * (WCAG 2.5.3, an experimental rule in axe) is switched on: Starlight's search button failed it until
 * src/components/overrides/Search.astro.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, sitePages, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

/** Serious and critical violations on the page, as `rule: target` lines. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

describe('accessibility', () => {
  it('reports a serious violation (control)', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.setContent('<html lang="en"><title>t</title><main><button aria-label="Find">Search the site</button><img src="x.png"></main></html>');
    const found = await violations(page);
    expect(found.some((line) => line.startsWith('label-content-name-mismatch:'))).toBe(true);
    expect(found.some((line) => line.startsWith('image-alt:'))).toBe(true);
    await context.close();
  });

  // axe takes seconds per page, much longer on a loaded machine: every page in the light theme, and the pages
  // with diagrams, labelled examples and side-by-side columns in the dark one too.
  const DARK = ['/', '/start/what-is-a-weak-reference/', '/js/weakref/', '/pitfalls/common-mistakes/', '/js/python-and-javascript/', '/reference/python/'];
  for (const [scheme, pages] of [['light', sitePages], ['dark', () => DARK]] as const) {
    it(`has no serious or critical axe violation (${scheme} theme)`, { timeout: 1_800_000 }, async () => {
      const context = await site.browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of pages()) {
        await page.goto(site.url + path);
        found.push(...(await violations(page)).map((line) => `${path} ${line}`));
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }

  // A phone lays pages out differently (tables as cards, code at a smaller size, touch targets): the pages with
  // labelled examples, a caution box, diagrams and tables, at 390 px in both themes.
  const PHONE = ['/start/what-is-a-weak-reference/', '/pitfalls/common-mistakes/', '/python/weakset/', '/python/weak-dictionaries/', '/python/finalize/'];
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violation at 390 px (${scheme} theme)`, { timeout: 1_800_000 }, async () => {
      const context = await site.browser.newContext({ colorScheme: scheme, viewport: { width: 390, height: 844 }, hasTouch: true });
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of PHONE) {
        await page.goto(site.url + path);
        found.push(...(await violations(page)).map((line) => `${path} ${line}`));
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }
});
