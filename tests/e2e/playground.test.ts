/**
 * The playground on the built site, in Chromium: whole programs shown and copied (the edit while editing), Python
 * run on the site's own Pyodide in a worker (loading on hover or focus of Run, never on page view), edits, Reset,
 * Stop, the time and output limits, TypeScript runs matching Chromium's verified output, the type check of edits,
 * the verdict and its explanation, notices outside the output, keyboard use, axe on the new controls.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, openSite, sitePages, type Site } from './site.ts';
import { needsBrowser, needsNode } from 'starlight-checked-examples/engine';

const PYTHON_PAGE = '/python/ref/';
/** TypeScript runs need no Pyodide, so the tests that do not depend on the language use them (faster). */
const TS_PAGE = '/js/weakref/';
/** Requests that must wait for a click: Pyodide, the editor, the run session and its workers, the stripper. */
const HEAVY = /\/pyodide\/|\/_astro\/(session|editor|python-worker|ts-worker|typecheck-worker|esm)[.-]/;

let site: Site;
let context: BrowserContext;
beforeAll(async () => {
  site = await openSite();
  context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
});
afterAll(() => site?.close());

interface Watched {
  page: Page;
  requests: string[];
  errors: string[];
}

async function open(path: string): Promise<Watched> {
  const page = await context.newPage();
  const watched: Watched = { page, requests: [], errors: [] };
  page.on('request', (request) => watched.requests.push(new URL(request.url()).pathname));
  page.on('console', (message) => message.type() === 'error' && watched.errors.push(message.text()));
  page.on('pageerror', (error) => watched.errors.push(error.message));
  await page.goto(site.url + path);
  return watched;
}

/** The first playground on the page whose example shows a region of a longer file. */
const withRegion = (page: Page) => page.locator('figure.checked-example', { has: page.locator('[data-action="whole"]') }).first();

async function runAndWait(figure: Locator): Promise<string> {
  // Clear what an earlier run left, so the wait below sees this run's end.
  await figure.locator('.pg-panel').evaluate((panel) => panel.querySelectorAll('.pg-status, .pg-verdict').forEach((el) => el.replaceChildren()));
  await figure.locator('[data-action="run"]').click();
  await figure.locator('.pg-verdict p, .pg-status:text-matches("^(Stopped|Could not)")').first().waitFor({ timeout: 180_000 });
  return figure.locator('.pg-panel').innerText();
}

async function typeInEditor(page: Page, figure: Locator, text: string, replaceAll: boolean) {
  const content = figure.locator('.cm-content');
  await content.click();
  await page.keyboard.press(replaceAll ? 'Control+A' : 'Control+End');
  await page.keyboard.insertText(text);
}

const displayedLines = (figure: Locator) =>
  figure.locator('.expressive-code pre .ec-line').evaluateAll((lines) => lines.map((line) => line.textContent!.replace(/\n$/, '')));

describe('playground', { timeout: 300_000 }, () => {
  // One page for the Python runs, in order: starting Pyodide is the slow part, so the tests share its worker.
  describe('on Pyodide', () => {
    let python: Watched;
    beforeAll(async () => {
      python = await open(PYTHON_PAGE);
    });
    afterAll(() => python?.page.close());

    it('downloads nothing heavy before a click, then runs Python, diffs an edit, resets and reuses the worker', async () => {
      const { page, requests } = python;
      await page.waitForLoadState('networkidle');
      expect(requests.filter((url) => HEAVY.test(url))).toEqual([]);
      const figure = withRegion(page);
      expect(await runAndWait(figure)).toContain('✓ matches the verified output (Pyodide, Python 3.14)');
      // The same detector sees Pyodide once a reader asks for it, from this site.
      const pyodide = requests.filter((url) => url.startsWith('/pyodide/'));
      expect(pyodide.sort()).toEqual(
        ['pyodide-lock.json', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'pyodide.mjs', 'python_stdlib.zip'].map((f) => `/pyodide/${f}`),
      );
      expect(requests.some((url) => /\/_astro\/editor[.-]/.test(url))).toBe(false);

      await figure.locator('[data-action="edit"]').click();
      await figure.locator('.cm-editor').waitFor();
      expect(requests.some((url) => /\/_astro\/editor[.-]/.test(url))).toBe(true);
      await typeInEditor(page, figure, '\nprint("edited", "<b>not bold</b>")\n', false);
      const edited = await runAndWait(figure);
      expect(edited).toContain('✗ Your edited program: differs from the verified output');
      expect(edited).toContain('+edited <b>not bold</b>');
      // Output is text: the markup the program printed is not interpreted.
      expect(await figure.locator('.pg-panel b').count()).toBe(0);

      await figure.locator('[data-action="reset"]').click();
      await figure.locator('.cm-editor').waitFor({ state: 'detached' });
      expect(await figure.locator('.expressive-code pre').isVisible()).toBe(true);
      expect(await runAndWait(figure)).toContain('✓ matches the verified output');
      // Warm: three runs, one download of Pyodide.
      expect(requests.filter((url) => url.startsWith('/pyodide/'))).toHaveLength(pyodide.length);
    });

    // Each stop replaces the worker, and a fresh Pyodide takes a while to start on a busy machine: allow time.
    it('stops an endless loop with Stop and with the time limit, and caps the output', { timeout: 360_000 }, async () => {
      const { page } = python;
      const figure = withRegion(page);
      await figure.locator('[data-action="edit"]').click();
      const endless = 'print("looping")\nwhile True:\n    pass\n';
      await typeInEditor(page, figure, endless, true);
      await figure.locator('[data-action="run"]').click();
      await figure.locator('.pg-output', { hasText: 'looping' }).waitFor({ timeout: 120_000 });
      await figure.locator('[data-action="stop"]').click();
      await expect.poll(() => figure.locator('.pg-status').innerText()).toMatch(/^Stopped\./);
      expect(await figure.locator('[data-action="stop"]').isHidden()).toBe(true);

      // The fresh worker runs the program again; the time limit comes from the page (the example's
      // `check: timeout`, 10 s by default) and is shortened here.
      await figure.locator('.playground').evaluate((root: HTMLElement) => (root.dataset.timeout = '2000'));
      const timedOut = await runAndWait(figure);
      expect(timedOut).toContain('looping');
      expect(timedOut).toContain('Stopped: the program ran for more than 2 s, the time limit for a run');

      await figure.locator('.playground').evaluate((root: HTMLElement) => (root.dataset.timeout = '60000'));
      await typeInEditor(page, figure, 'while True:\n    print("x" * 1000)\n', true);
      expect(await runAndWait(figure)).toContain('Stopped: the program printed more than 256 KiB');
      await figure.locator('[data-action="reset"]').click();
      await figure.locator('.cm-editor').waitFor({ state: 'detached' });
    });

    // A sample by default (every 8th file, and every file with its own CPython 3.14 (Pyodide) output) to keep `npm test` short;
    // PLAYGROUND_EXAMPLES=all runs all of them.
    it('runs Python examples unmodified to "matches the verified output"', { timeout: 600_000 }, async () => {
      const figure = withRegion(python.page);
      const root = figure.locator('.playground');
      const files = readdirSync(join(DIST, 'examples', 'python'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.py'));
      expect(files.length).toBeGreaterThan(50);
      const all = process.env.PLAYGROUND_EXAMPLES === 'all';
      const sample = files.sort().filter((f, i) => all || i % 8 === 0 || existsSync(join(DIST, 'examples', 'python', f.replace(/\.py$/, '.py314.out'))));
      const failures: string[] = [];
      for (const file of sample) {
        const path = join(DIST, 'examples', 'python', file);
        const own = path.replace(/\.py$/, '.py314.out');
        const expected = readFileSync(existsSync(own) ? own : path.replace(/\.py$/, '.out'), 'utf8');
        // The same playground, pointed at each example in turn (the page reads these when Run is clicked).
        await root.evaluate(
          (el: HTMLElement, data) => Object.assign(el.dataset, data),
          { file: `examples/python/${file}`, source: readFileSync(path, 'utf8'), expected, timeout: '30000' },
        );
        const panel = await runAndWait(figure);
        if (!panel.includes('✓ matches the verified output (Pyodide, Python 3.14)')) failures.push(`${file}:\n${panel}`);
      }
      expect(failures).toEqual([]);
    });

    it('logged no console error in all of the above', () => {
      expect(python.errors).toEqual([]);
    });
  });

  it('says how much the first Python run downloads, and starts it on hover or focus, not on page view', async () => {
    const bytes = readdirSync(join(DIST, 'pyodide')).reduce((sum, name) => sum + statSync(join(DIST, 'pyodide', name)).size, 0);
    for (const intent of ['hover', 'focus'] as const) {
      const { page, requests, errors } = await open(PYTHON_PAGE);
      const run = withRegion(page).locator('[data-action="run"]');
      expect(await run.getAttribute('title')).toBe(`The first run downloads Python (Pyodide, about ${Math.round(bytes / 1e6)} MB); later runs start at once`);
      await page.waitForLoadState('networkidle');
      expect(requests.filter((url) => url.startsWith('/pyodide/'))).toEqual([]);
      await run[intent]();
      await expect.poll(() => requests.filter((url) => url.startsWith('/pyodide/')).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('shows the whole program in place, dimmed, and hides it again', async () => {
    const { page, errors } = await open(PYTHON_PAGE);
    const figure = withRegion(page);
    const file = (await figure.getAttribute('data-example'))!;
    const source = readFileSync(join(DIST, file), 'utf8');
    const region = await displayedLines(figure);
    const toggle = figure.locator('[data-action="whole"]');
    expect(await toggle.textContent()).toBe('Show whole program');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.textContent()).toBe('Show the excerpt only');
    const whole = source.replace(/\n$/, '').split('\n').filter((line) => !/^\s*#\s*(end)?region\b/.test(line));
    expect(await displayedLines(figure)).toEqual(whole);
    expect(await figure.locator('.pg-outside').count()).toBe(whole.length - region.length);
    const dim = await figure.locator('.pg-outside .code').first().evaluate((el) => getComputedStyle(el).fontStyle);
    expect(dim).toBe('italic');
    await toggle.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.textContent()).toBe('Show whole program');
    expect(await displayedLines(figure)).toEqual(region);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies the whole program byte for byte', async () => {
    const { page, errors } = await open(PYTHON_PAGE);
    const figure = withRegion(page);
    const file = (await figure.getAttribute('data-example'))!;
    await page.evaluate(() => navigator.clipboard.writeText('something else'));
    await figure.locator('[data-action="copy"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(readFileSync(join(DIST, file), 'utf8'));
    await expect.poll(() => figure.locator('.pg-note').innerText()).toMatch(/^Copied the whole program \(\d+ lines\)\.$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("runs every TypeScript example to a match with Chromium's verified output", async () => {
    const pages = sitePages().filter((path) => readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8').includes('data-language="ts"'));
    const ran = new Set<string>();
    const differences: string[] = [];
    const retried: string[] = [];
    const MATCH = /✓ matches the verified output \(Chromium [\d.]+ \(V8\); this run: Chrome \d+\)/;
    const nodeOnly: string[] = [];
    for (const path of pages) {
      const { page, errors } = await open(path);
      for (const figure of await page.locator('figure.checked-example:has(.playground[data-language="ts"])').all()) {
        const file = (await figure.getAttribute('data-example'))!;
        if (ran.has(file)) continue;
        ran.add(file);
        const panelId = await figure.evaluate((el) => el.closest('[role="tabpanel"][hidden]')?.id);
        // On a wide screen the side-by-side tabs are columns, every panel shown: click a tab only where it hides one.
        if (panelId && !(await figure.isVisible())) await page.locator(`[role="tab"][href="#${panelId}"]`).click();
        // A program that needs Node.js cannot run in a browser: no Run button, a pointer to Node instead.
        const source = readFileSync(join(DIST, file), 'utf8');
        if (needsNode(source)) {
          expect(await figure.locator('[data-action="run"]').isHidden(), file).toBe(true);
          expect(await figure.locator('.pg-node-only').textContent(), file).toContain('node --expose-gc');
          nodeOnly.push(file);
          continue;
        }
        // One that uses the page's document cannot run in the worker either: a pointer to a real page instead.
        // One that the check does not run in a browser (not-on=chromium) says why instead.
        if (/check: not-on=[\w,]*chromium/.test(source)) {
          expect(await figure.locator('[data-action="run"]').isHidden(), file).toBe(true);
          expect(await figure.locator('.pg-node-only').textContent(), file).toMatch(/^Not run in a browser: /);
          continue;
        }
        if (needsBrowser(source)) {
          expect(await figure.locator('[data-action="run"]').isHidden(), file).toBe(true);
          expect(await figure.locator('.pg-node-only').textContent(), file).toContain('--js-flags=--expose-gc');
          continue;
        }
        let panel = await runAndWait(figure);
        // The gc() stand-in makes Chrome collect by allocating, which is likely, not certain, to collect what a
        // real gc() would (ts-worker.ts has the measurements). An example that
        // calls gc() gets up to three more runs, each difference explained as the stand-in's; a difference that
        // is not collection's shows every time.
        for (let extra = 0; extra < 3 && !MATCH.test(panel) && /\bgc\(/.test(source); extra++) {
          expect(panel, file).toContain('the gc() here is a stand-in');
          if (extra === 0) retried.push(file);
          panel = await runAndWait(figure);
        }
        expect(panel, file).toMatch(/^Finished on Chrome \d+\./);
        expect(panel, file).not.toContain('exited with status');
        // Compared with the output verified on the reader's engine: Chromium's, in Chrome.
        if (!MATCH.test(panel)) differences.push(`${file}:\n${panel}`);
        // What the runner says (the gc() stand-in) is beside the program's output, never inside it.
        expect(await figure.locator('.pg-output').innerText(), file).not.toContain('gc(): a browser cannot');
      }
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(differences).toEqual([]);
    // More than a few retries would mean the stand-in no longer works as measured.
    expect(retried.length, retried.join(', ')).toBeLessThanOrEqual(3);
    expect(ran.size).toBeGreaterThanOrEqual(10);
    expect(nodeOnly).toEqual(expect.arrayContaining(['examples/ts/finalization/throwing_callback.ts', 'examples/ts/finalization/throwing_callback_handler.ts']));
    // A program that calls gc() is told what the stand-in can and cannot do, in a notice outside its output.
    const { page } = await open(TS_PAGE);
    const first = page.locator('figure.checked-example').first();
    await runAndWait(first);
    expect(await first.locator('.pg-notices .pg-notice').innerText()).toContain('gc(): a browser cannot force a garbage collection');
    expect(await first.locator('.pg-output').innerText()).not.toContain('gc():');
    expect(await first.locator('.pg-output .pg-stderr').count()).toBe(0);
    await page.close();
  });

  it('explains a difference between engines as one, not as garbage collection', async () => {
    const { page, errors } = await open('/js/weakmap/');
    const figure = page.locator('figure.checked-example[data-example$="get_or_insert.ts"]').first();
    const root = figure.locator('.playground');
    // This Chrome has getOrInsert, as the check's Chromium had; Node 24 lacks it.
    const others = JSON.parse((await root.getAttribute('data-others'))!) as { label: string; stdout: string }[];
    const node = others.find((o) => o.label.startsWith('Node '))!;
    expect(node.stdout).toContain('getOrInsert: false');
    expect(await runAndWait(figure)).toMatch(/✓ matches the verified output \(Chromium/);
    // A browser without the feature prints Node's output: made here by comparing with Node's output instead.
    await root.evaluate(
      (el: HTMLElement, node) => {
        const chromium = { label: el.dataset.expectedLabel!, stdout: el.dataset.expected! };
        Object.assign(el.dataset, { expected: node.stdout, expectedLabel: node.label, others: JSON.stringify([chromium]) });
      },
      node,
    );
    const panel = await runAndWait(figure);
    expect(panel).toContain(`✗ differs from the verified output (${node.label})`);
    expect(panel).toMatch(/which is what Chromium [\d.]+ \(V8\) printed in the check/);
    expect(panel).toContain("the difference is the engine's, not garbage collection's");
    expect(panel).not.toContain('stand-in');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('type-checks edited TypeScript in a worker loaded on the first edit', async () => {
    const { page, requests, errors } = await open(TS_PAGE);
    const figure = page.locator('figure.checked-example').first();
    await runAndWait(figure);
    expect(requests.filter((url) => /\/_astro\/typecheck-worker[.-]/.test(url))).toEqual([]);
    await figure.locator('[data-action="edit"]').click();
    await figure.locator('.cm-editor').waitFor();
    await expect.poll(() => requests.some((url) => /\/_astro\/typecheck-worker[.-]/.test(url))).toBe(true);
    await typeInEditor(page, figure, 'const n: number = "one";\nconsole.log("n is", n);\n', true);
    await runAndWait(figure);
    const typeCheck = figure.locator('.pg-verdict .pg-typecheck');
    await typeCheck.waitFor({ timeout: 120_000 });
    const errorsShown = await typeCheck.innerText();
    expect(errorsShown).toMatch(/^✗ TypeScript [\d.]+ finds 1 type error in your program/);
    expect(errorsShown).toContain("Line 1, column 7: TS2322: Type 'string' is not assignable to type 'number'.");
    // It ran all the same, as Node.js would with the types stripped.
    expect(await figure.locator('.pg-output').innerText()).toContain('n is one');
    await typeInEditor(page, figure, 'const n: number = 1;\nconsole.log("n is", n);\n', true);
    await runAndWait(figure);
    await expect.poll(() => typeCheck.innerText(), { timeout: 60_000 }).toMatch(/^✓ Your edits type-check \(TypeScript [\d.]+/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies the edit, and says so, while the editor is open', async () => {
    const { page, errors } = await open(TS_PAGE);
    const figure = page.locator('figure.checked-example').first();
    const copy = figure.locator('[data-action="copy"]');
    await figure.locator('[data-action="edit"]').click();
    await figure.locator('.cm-editor').waitFor();
    expect(await copy.innerText()).toBe('Copy your program');
    const edit = 'console.log("one");\nconsole.log("two");\n';
    await typeInEditor(page, figure, edit, true);
    await copy.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(edit);
    expect(await figure.locator('.pg-note').innerText()).toBe('Copied your edited program (2 lines).');
    await figure.locator('[data-action="reset"]').click();
    await expect.poll(() => copy.innerText()).toBe('Copy whole program');
    await copy.click();
    const file = (await figure.getAttribute('data-example'))!;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(readFileSync(join(DIST, file), 'utf8'));
    await expect.poll(() => figure.locator('.pg-note').innerText()).toMatch(/^Copied the whole program \(\d+ lines\)\.$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports an error in edited TypeScript, and stops it at the output and time limits', async () => {
    const { page } = await open(TS_PAGE);
    const figure = page.locator('figure.checked-example').first();
    await figure.locator('[data-action="edit"]').click();
    await typeInEditor(page, figure, 'const n: number = 1;\nconsole.log("n is", n);\nthrow new Error("boom");\n', true);
    const panel = await runAndWait(figure);
    expect(panel).toContain('n is 1');
    expect(panel).toContain('Uncaught Error: boom');
    expect(panel).toContain('The program exited with status 1');
    await typeInEditor(page, figure, 'while (true) console.log("x".repeat(1000));\n', true);
    expect(await runAndWait(figure)).toContain('Stopped: the program printed more than 256 KiB');
    await figure.locator('.playground').evaluate((root: HTMLElement) => (root.dataset.timeout = '1000'));
    await typeInEditor(page, figure, 'while (true);\n', true);
    expect(await runAndWait(figure)).toContain('Stopped: the program ran for more than 1 s');
    await page.close();
  });

  it('is operable by keyboard, with a visible focus and a live verdict', async () => {
    const { page, errors } = await open(TS_PAGE);
    const figure = withRegion(page);
    await figure.locator('[data-action="copy"]').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-action'));
    expect(focused).toBe('run');
    const outline = await figure.locator('[data-action="run"]').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await figure.locator('.pg-verdict p').waitFor({ timeout: 180_000 });
    expect(await figure.locator('.pg-verdict').getAttribute('aria-live')).toBe('polite');
    // Edit by keyboard; Tab leaves the editor (no keyboard trap).
    await figure.locator('[data-action="edit"]').focus();
    await page.keyboard.press('Enter');
    await figure.locator('.cm-content:focus').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('needs no sideways scrolling at 375 px, with the whole program, a run and the editor open', async () => {
    const narrow = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await narrow.newPage();
    await page.goto(site.url + TS_PAGE);
    const figure = withRegion(page);
    // How far the playground's elements reach past the viewport's right edge (0 when nothing does).
    const overflow = () =>
      page.evaluate(() => {
        const elements = document.querySelectorAll('.playground, .playground *, .playground-editor, .playground-editor *');
        const right = Math.max(...[...elements].map((el) => el.getBoundingClientRect().right));
        return Math.max(0, Math.round(right - document.documentElement.clientWidth));
      });
    await figure.locator('[data-action="whole"]').click();
    await runAndWait(figure);
    expect(await overflow()).toBe(0);
    await figure.locator('[data-action="edit"]').click();
    await figure.locator('.cm-editor').waitFor();
    expect(await overflow()).toBe(0);
    // The measure sees overflow when there is some.
    await figure.locator('.pg-toolbar').evaluate((bar) => bar.append(Object.assign(document.createElement('span'), { style: 'flex:none;width:600px;height:1px' })));
    expect(await overflow()).toBeGreaterThan(0);
    await narrow.close();
  });

  it('has no serious or critical axe violations in its controls, in both themes', async () => {
    const { page } = await open(TS_PAGE);
    const figure = withRegion(page);
    await figure.locator('[data-action="whole"]').click();
    await runAndWait(figure);
    const axe = () =>
      new AxeBuilder({ page })
        .include('.playground')
        .include('.pg-outside')
        .analyze()
        .then((result) => result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id));
    for (const theme of ['dark', 'light']) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      expect(await axe(), theme).toEqual([]);
    }
    await figure.locator('[data-action="whole"]').click();
    await figure.locator('[data-action="edit"]').click();
    await figure.locator('.cm-editor').waitFor();
    const withEditor = await new AxeBuilder({ page }).include('.playground').include('.playground-editor').analyze();
    expect(withEditor.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    // The check finds a control without a name.
    await figure.locator('.pg-toolbar').evaluate((bar) => bar.append(document.createElement('button')));
    expect(await axe()).toContain('button-name');
    await page.close();
  });
});
