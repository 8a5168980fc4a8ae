/**
 * Small things a reader notices, in Chromium: a diagram's arrow label beside its arrow and readable on a phone,
 * tables whose every column has a heading, a provenance line readable everywhere (a caution box in dark mode
 * included) that says which Python builds are WebAssembly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, openSite, sitePages, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

/** The "weak" label of the weak-key diagram: its rendered font size, and how many points of its arrow it covers. */
const weakLabel = (page: Page) =>
  page.locator('figure[data-diagram="weak-key-entry"] svg').evaluate((svg) => {
    const label = [...svg.querySelectorAll('text')].find((text) => text.textContent === 'weak')!;
    const box = label.getBoundingClientRect();
    const arrow = svg.querySelectorAll<SVGPathElement>('path.d-weak')[0]!;
    const matrix = arrow.getScreenCTM()!;
    let covered = 0;
    for (let at = 0; at <= arrow.getTotalLength(); at += 1) {
      const point = arrow.getPointAtLength(at).matrixTransform(matrix);
      if (point.x >= box.left - 2 && point.x <= box.right + 2 && point.y >= box.top - 2 && point.y <= box.bottom + 2) covered++;
    }
    // The SVG is scaled to its column: its font size in CSS px is its own size times the scale.
    return { covered, fontSize: parseFloat(getComputedStyle(label).fontSize) * (svg as SVGSVGElement).getScreenCTM()!.a };
  });

/** WCAG contrast of an element's text against the first opaque background behind it. */
const contrast = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => {
    const rgb = (color: string) => color.match(/[\d.]+/g)!.map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    // Blend translucent backgrounds (an aside's tint) over what is behind them, from the page up.
    const layers: number[][] = [];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const parts = rgb(getComputedStyle(node).backgroundColor);
      if ((parts[3] ?? 1) > 0) layers.unshift(parts);
      if ((parts[3] ?? 1) === 1) break;
    }
    const background = layers.reduce((under, [r, g, b, a = 1]) => [r!, g!, b!].map((c, i) => c * a + under[i]! * (1 - a)), [255, 255, 255]);
    const [l1, l2] = [luminance(rgb(getComputedStyle(element).color)), luminance(background)].sort((a, b) => b - a);
    return (l1! + 0.05) / (l2! + 0.05);
  });

describe('page details', () => {
  it('puts the weak-key diagram\'s "weak" beside its arrow, at least 12 px on a phone', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/python/weak-dictionaries/`);
    const label = await weakLabel(page);
    expect(label.covered).toBe(0);
    expect(label.fontSize).toBeGreaterThanOrEqual(12);
    // Control: the label moved back onto the arrow is caught.
    await page.evaluate(() => {
      const text = [...document.querySelectorAll('figure[data-diagram="weak-key-entry"] text')].find((t) => t.textContent === 'weak')!;
      text.setAttribute('x', '292');
      text.setAttribute('y', '86');
    });
    expect((await weakLabel(page)).covered).toBeGreaterThan(0);
    await context.close();
  });

  it('gives every table column a heading (reference pages aside)', () => {
    const empty = sitePages()
      .filter((path) => !path.startsWith('/reference/') && path !== '/404.html')
      .filter((path) => /<th[^>]*>\s*<\/th>/.test(readFileSync(join(DIST, path, 'index.html'), 'utf8')));
    expect(empty).toEqual([]);
  });

  it('keeps the provenance line at 4.5:1 or more, inside a caution box in dark mode too', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${site.url}/python/weakset/`);
      expect(await contrast(page, '.starlight-aside--caution figure.checked-example .provenance summary'), scheme).toBeGreaterThanOrEqual(4.5);
      expect(await contrast(page, 'figure.checked-example .provenance summary'), scheme).toBeGreaterThanOrEqual(4.5);
      // Control: the old grey inside the caution box in dark mode is below 4.5:1.
      if (scheme === 'dark') {
        await page.addStyleTag({ content: '.provenance { color: var(--sl-color-gray-3) !important; }' });
        expect(await contrast(page, '.starlight-aside--caution figure.checked-example .provenance summary')).toBeLessThan(4.5);
      }
      await context.close();
    }
  });

  it('says on the closed provenance line which Python versions ran as WebAssembly (Pyodide)', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/python/ref/`);
    const summary = page.locator('figure.checked-example .provenance summary').first();
    expect(await summary.textContent()).toMatch(/3\.12–3\.14 as WebAssembly \(Pyodide\)/);
    expect(await summary.isVisible()).toBe(true);
    await context.close();
  });
});
