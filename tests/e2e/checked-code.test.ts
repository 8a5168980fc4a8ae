/**
 * The promise of the site, checked on the built pages in a browser: every code block comes from a checked
 * example (shell commands excepted), shows its verified output and offers the whole file for download.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, openSite, pythonRuntimeLabels, sitePages, type Site } from './site.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SHELL = ['sh', 'bash', 'shell', 'console'];

/** Code blocks on the page that do not come from a checked example (shell commands are allowed inline). */
function bypassedBlocks(page: Page): Promise<string[]> {
  return page.$$eval(
    'pre',
    (pres, shell) =>
      pres
        .filter((pre) => !pre.closest('[data-example]') && !shell.includes(pre.getAttribute('data-language') ?? ''))
        .map((pre) => pre.textContent?.slice(0, 60) ?? ''),
    SHELL,
  );
}
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

describe('built site', () => {
  it('detects a code block written inline in a page', async () => {
    const page = await site.browser.newPage();
    await page.setContent(`
      <figure data-example="examples/python/a.py"><pre data-language="python">print(1)</pre></figure>
      <pre data-language="sh">npm ci</pre>
      <pre data-language="python">print("never checked")</pre>`);
    expect(await bypassedBlocks(page)).toEqual(['print("never checked")']);
    await page.close();
  });

  // Opens every page of the site: the time grows with the page count and the machine's load.
  it('has no code block that bypassed the check', { timeout: 900_000 }, async () => {
    const bypassed: string[] = [];
    let marked = 0;
    const page = await site.browser.newPage();
    for (const path of sitePages()) {
      await page.goto(site.url + path);
      bypassed.push(...(await bypassedBlocks(page)).map((text) => `${path}: ${text}`));
      marked += await page.locator('[data-example] pre').count();
    }
    await page.close();
    expect(bypassed).toEqual([]);
    expect(marked).toBeGreaterThan(0);
  });

  it('shows code, escaped output, provenance and a working download for an example', async () => {
    const page = await site.page('/about/how-examples-are-checked/');
    const figure = page.locator('figure.checked-example').first();
    const file = await figure.getAttribute('data-example');
    expect(file).toMatch(/^examples\/python\/.+\.py$/);
    expect(await figure.locator('.expressive-code .copy button').count()).toBe(1);
    // One line names the runtimes in short; the details name each with its exact version.
    const python = await pythonRuntimeLabels();
    // …and which of them ran as WebAssembly builds (Pyodide), from the first to the last such version.
    const wasm = python.labels.flatMap((label) => /^CPython (\d+\.\d+)\.\d+ \(Pyodide /.exec(label)?.[1] ?? []);
    expect(wasm.length).toBeGreaterThan(0);
    const summary = (await figure.locator('.provenance summary').textContent())!.replace(/\s+/g, ' ').trim();
    expect(summary).toBe(`✓ Verified: ${python.summary} · ${wasm.length > 2 ? `${wasm[0]}–${wasm.at(-1)}` : wasm.join(', ')} as WebAssembly (Pyodide)`);
    expect(await figure.locator('.provenance .details li').allTextContents()).toEqual(python.labels);
    const href = await figure.locator('a.download').getAttribute('href');
    expect(existsSync(join(DIST, href!))).toBe(true);
    // Output that looks like markup is shown as text, never interpreted.
    const escaped = page.locator('.example-output pre', { hasText: '<script>' });
    expect(await escaped.count()).toBeGreaterThan(0);
    expect(await page.locator('.example-output script').count()).toBe(0);
    await page.close();
  });

  it("shows an output that differs on every run (an address) from this build's run, the rest as committed", async () => {
    const page = await site.page('/about/how-examples-are-checked/');
    const real = page.locator('figure[data-example="examples/python/checking/real_output.py"] .example-output pre').first();
    const shown = (await real.textContent())!;
    const committed = readFileSync(join(ROOT, 'examples/python/checking/real_output.out'), 'utf8');
    expect(shown).toMatch(/^<__main__\.Node object at 0x[0-9a-f]+>$/m);
    // The address of this build's run, not the recorded one (the rest of the output is the same).
    expect(shown).not.toBe(committed.replace(/\n$/, ''));
    expect(shown.replace(/0x[0-9a-f]+/, '0x…')).toBe(committed.replace(/0x[0-9a-f]+/, '0x…').replace(/\n$/, ''));
    await page.close();
  });
});
