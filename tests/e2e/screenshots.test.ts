/**
 * Screenshots of key pages at phone and desktop width, light and dark, kept for review in
 * test-results/screenshots/ (gitignored). The test fails only if a page cannot be captured.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './site.ts';

export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const PAGES = ['/', '/start/what-is-a-weak-reference/', '/reference/python/', '/reference/javascript/', '/pitfalls/common-mistakes/', '/js/python-and-javascript/', '/python/runtimes/', '/js/weakref/'];
const DARK = ['/start/what-is-a-weak-reference/', '/js/weakref/', '/pitfalls/common-mistakes/'];
const WIDTHS = { phone: 390, desktop: 1400 };

let site: Site;
beforeAll(async () => {
  site = await openSite();
  rmSync(SCREENSHOTS, { recursive: true, force: true }); // no stale images from an earlier run
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => site?.close());

describe('screenshots for review', () => {
  for (const [device, width] of Object.entries(WIDTHS)) {
    for (const theme of ['light', 'dark'] as const) {
      it(`captures the key pages on a ${device} (${width} px, ${theme})`, { timeout: 600_000 }, async () => {
        const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
        for (const path of theme === 'light' ? PAGES : DARK) {
          const page = await context.newPage();
          await page.goto(site.url + path);
          const name = `${device}-${theme}${path.replace(/\/$/, '').replaceAll('/', '-') || '-home'}.png`;
          const image = await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
          expect(image.length).toBeGreaterThan(1000);
          await page.close();
        }
        await context.close();
      });
    }
  }
});
