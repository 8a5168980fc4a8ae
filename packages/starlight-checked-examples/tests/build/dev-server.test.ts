/**
 * `npm run dev` on a small Starlight site: pages are served before the first check has ended, captioned as being
 * checked, then with the verified outputs; editing an example re-checks only that example and the page shows the
 * new verified output; a failure is reported in the terminal and in the failing example's caption; a page that
 * names a missing region gets the error overlay with its line and the regions there are; and stopping npm stops
 * astro and the interpreters it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { descendants, liveProcesses } from '../../src/engine/process-tree.ts';
import { launchChromium } from '../helpers/browser.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
// Inside the repository, so the copy resolves astro from the project's node_modules.
const site = mkdtempSync(join(fixtures, '.tmp-dev-'));
cpSync(join(fixtures, 'dev-site'), site, { recursive: true });
let npm: ChildProcess | undefined;
let log = '';
let port = 0;

afterAll(() => {
  npm?.kill();
  rmSync(site, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** The environment without vitest's own variables (NODE_ENV=test, VITEST…), which change how Vite serves. */
function devEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, seconds = 90): Promise<void> {
  for (const deadline = Date.now() + seconds * 1000; Date.now() < deadline; ) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}; log:\n${log}`);
}

const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`).catch(() => undefined);
const text = async (path: string) => (await get(path))?.text() ?? '';

describe('npm run dev', () => {
  it('starts and serves the checked output', async () => {
    port = await freePort();
    npm = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], { cwd: site, env: devEnv() });
    npm.stdout!.on('data', (chunk) => (log += chunk));
    npm.stderr!.on('data', (chunk) => (log += chunk));
    npm.on('exit', (code) => (log += `[exited ${code}]`));
    npm.on('error', (e) => (log += String(e)));
    // Pages do not wait for the first check (slow.py sleeps through it): they show the committed outputs, captioned
    // as being checked. The first start (dependency optimisation) is slow on a busy machine.
    await until(async () => (await text('/shown/')).includes('Being checked: the page reloads'), 'the first page, before the check', 200);
    expect(await text('/')).toContain('python/hello.py: hello');
    // Then the verified ones.
    await until(async () => (await text('/shown/')).includes('Verified: CPython'), 'the checked page');
    expect(await text('/shown/')).not.toContain('Being checked');
  }, 300_000);

  it('re-checks an edited example alone and names the failing line in the terminal, the first runtime to fail at once', async () => {
    const mark = log.length;
    writeFileSync(join(site, 'examples', 'python', 'hello.py'), 'print("changed")\n');
    await until(() => log.includes('Example check failed', mark), 'the failure');
    // The first verdict, from one runtime, while the others are still running; then the whole report, all five.
    const [first, whole] = log.slice(mark).split('Example check failed').slice(1) as [string, string | undefined];
    expect(first).toMatch(/\[[^\]·,]+\]: output of examples\/python\/hello\.py differs/);
    expect(first).toMatch(/answered first; the other runtimes are still being checked/);
    await until(() => log.slice(mark).split('Example check failed').length > 2, 'the whole report');
    expect(whole ?? log.slice(mark).split('Example check failed')[2]).toMatch(/\[CPython 3\.\d+ · [^\]]*\]: output of/);
    expect(log.slice(mark)).toContain('examples/python/hello.out:1');
    expect(log.slice(mark)).not.toContain('other.py');
  });

  it('overlays a failed re-check on an open page, saying the page behind is stale and where the problem is', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/shown/`);
      await page.waitForLoadState('networkidle');
      writeFileSync(join(site, 'examples', 'python', 'hello.py'), 'print("changed again")\n');
      await page.locator('vite-error-overlay #message-content').waitFor();
      expect(await page.locator('vite-error-overlay #message-content').innerText()).toContain('examples/python/hello.out:1');
      // Before, the page behind kept its old code and "✓ Verified" with nothing saying so, and the panel was empty.
      expect(await page.locator('vite-error-overlay #hint-content').innerText()).toContain('still shows the example as it was before this change');
      expect(await page.locator('vite-error-overlay #stack-content').innerText()).toBe('examples/python/hello.out:1');
    } finally {
      await browser.close();
    }
    // Back to the failing change the next tests expect.
    const mark = log.length;
    writeFileSync(join(site, 'examples', 'python', 'hello.py'), 'print("changed")\n');
    await until(() => log.includes('+changed', mark), 'the re-check of the restored change');
  });

  it('captions an example that fails everywhere with where it fails, not "checks were switched off"', async () => {
    const page = await text('/shown/');
    expect(page).toMatch(/✗ fails on CPython/);
    expect(page).not.toContain('switched off');
  });

  it('shows the new output once the expected output is updated', async () => {
    const mark = log.length;
    writeFileSync(join(site, 'examples', 'python', 'hello.out'), 'changed\n');
    await until(() => /examples\/python\/hello\.out: .*1 passed/.test(log.slice(mark)), 'the re-check');
    expect(log.slice(mark)).not.toContain('other.py');
    await until(async () => (await text('/')).includes('python/hello.py: changed'), 'the new output on the page');
  });

  it('shows the latest save of an example, not an earlier one still being checked when it arrives', async () => {
    const mark = log.length;
    const example = join(site, 'examples', 'python', 'hello.py');
    // Saved as editors that write a new file and rename it over the old one do: the watcher never sees a
    // half-written file, so each save is one change.
    const save = (text: string) => {
      writeFileSync(`${example}.tmp`, text);
      renameSync(`${example}.tmp`, example);
    };
    // A slow, wrong save, then the right one before the first has finished: the right one passes from the cache
    // at once, and the slow one's report, arriving seconds later, must not replace it.
    save('import time\ntime.sleep(2)\nprint("stale")\n');
    await new Promise((resolve) => setTimeout(resolve, 500));
    save('print("changed")\n');
    await until(() => /examples\/python\/hello\.py: .*passed/.test(log.slice(mark)), 'the latest save to pass');
    // Long enough for every runtime to have answered the slow save.
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    expect(log.slice(mark)).not.toContain('+stale');
    expect(await text('/')).toContain('python/hello.py: changed');
  });

  it('answers a page naming a missing region with an overlay naming the line and the regions', async () => {
    expect((await get('/wrong-region/'))?.status).toBe(500);
    expect((await get('/wrong-region'))?.status).toBe(500);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/wrong-region/`);
      const overlay = page.locator('vite-error-overlay #message-content');
      await overlay.waitFor();
      const message = await overlay.innerText();
      expect(message).toContain('src/content/docs/wrong-region.mdx:8: <Example file="python/other.py" region="nope">: no such region (regions are: main)');
      expect(await page.locator('vite-error-overlay #code h2').innerText()).toBe('docs/wrong-region.mdx:8:1');
      // The "Stack Trace" panel lists the place, as for a failed example (it was empty).
      expect(await page.locator('vite-error-overlay #stack-content').innerText()).toBe('src/content/docs/wrong-region.mdx:8');
      expect(await page.locator('vite-error-overlay').innerText()).not.toContain('MDX');
    } finally {
      await browser.close();
    }
    expect(log).toContain('src/content/docs/wrong-region.mdx:8');
    // The browser asked for /favicon.ico on the error page: answered without a routing warning.
    expect(log).not.toContain('favicon');
  });

  it('prints a page\'s error once per request, with the hint (Astro printed the bare message first)', async () => {
    const mark = log.length;
    expect((await get('/wrong-region/'))?.status).toBe(500);
    await until(() => log.slice(mark).includes('then reload'), 'the page error in the terminal');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(log.slice(mark).match(/wrong-region\.mdx:8/g)).toHaveLength(1);
    expect((await get('/favicon.ico'))?.status).toBe(204);
  });

  it('stops astro and its interpreters when the npm process is stopped', async () => {
    const children = descendants(npm!.pid!);
    // The shell and astro, and the fork servers of the Python interpreters installed here.
    expect(children.length, log).toBeGreaterThanOrEqual(2);
    npm!.kill('SIGTERM');
    await until(() => children.every((pid) => !liveProcesses().has(pid)), `processes ${children.join(', ')} to exit`);
  });
});
