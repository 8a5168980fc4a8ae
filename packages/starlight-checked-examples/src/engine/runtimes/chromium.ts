/**
 * TypeScript examples in headless Chromium (Debian's `chromium`, driven by playwright-core): one browser per
 * check, started on the first run, and a fresh browser context and page per example. The page keeps its first,
 * blank document and imports the example's stripped module, served from memory at http://localhost/; every
 * other request is refused and reported. `--js-flags=--expose-gc` gives pages the `gc()` Node examples call.
 *
 * The run ends when the module has finished (top-level await included) and no timer of the example's is
 * pending; console output is formatted like Node's (guest-console.js), in order; `console.error` is stderr. An
 * error that reaches the page (an uncaught exception, an unhandled rejection) fails the run as Node's exit does.
 * `check: click=<selector>` makes the runner click that element with the mouse (a trusted click) once it exists.
 * The browser itself runs under the sandbox of every other run (sandbox.ts): a wrapper starts it inside bwrap.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import type { ExampleFile, RunLimits, RunOutput, Runtime } from '../types.ts';
import { missingHostApis } from './host-apis.ts';
import { NodeTypeStripping } from './node-type-stripping.ts';
import { DEFAULT_MEMORY_BYTES, formatBytes, wallClockLimitMs } from '../limits.ts';
import { sandboxed, withMemoryLimit } from './sandbox.ts';
import { siteHas, siteRequire } from './site-packages.ts';
import { probe } from './subprocess.ts';
import { typeCheckExamples } from './type-check-step.ts';

const ORIGIN = 'http://localhost';
const LAUNCH_ARGS = [
  '--js-flags=--expose-gc',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** How long the page must stay without pending timers before the run counts as finished. */
const SETTLE_MS = 20;

const guestConsole = readFileSync(new URL('guest-console.js', import.meta.url), 'utf8').trim().replace(/;$/, '');

/** Runs in the page before the example: Node's console format, and a count of the example's pending timers. */
const harness = `(() => {
  const log = console.log.bind(console), error = console.error.bind(console);
  (${guestConsole})((stream, text) => (stream === 'stderr' ? error : log)(text));
  const pending = new Set();
  const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop } = globalThis;
  globalThis.setTimeout = (fn, ms, ...args) => {
    const id = set((...a) => { pending.delete(id); typeof fn === 'function' && fn(...a); }, ms, ...args);
    pending.add(id);
    return id;
  };
  globalThis.clearTimeout = (id) => { pending.delete(id); clear(id); };
  globalThis.setInterval = (fn, ms, ...args) => { const id = every(fn, ms, ...args); pending.add(id); return id; };
  globalThis.clearInterval = (id) => { pending.delete(id); stop(id); };
  globalThis.__settled = async (ms) => {
    for (let quiet = 0; quiet < 2; ) {
      await new Promise((resolve) => set(resolve, ms));
      quiet = pending.size === 0 ? quiet + 1 : 0;
    }
  };
})();`;

function chromiumExecutable(): string | undefined {
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}

/**
 * A script that starts Chromium inside the sandbox, writable only in `home` and in the profile folder that
 * Playwright creates and names on the command line (`--user-data-dir=…`).
 */
function sandboxedLauncher(executable: string, home: string): string {
  const launcher = join(home, 'chromium-sandboxed');
  const words = withMemoryLimit(sandboxed([executable], [home]), DEFAULT_MEMORY_BYTES).map((word) => `'${word.replace(/'/g, `'\\''`)}'`);
  const split = words.lastIndexOf(`'--'`);
  const [options, command] = split < 0 ? [[], words] : [words.slice(0, split), words.slice(split)];
  const profile = split < 0 ? '' : ' ${profile:+--bind "$profile" "$profile"}';
  writeFileSync(
    launcher,
    `#!/bin/sh\nprofile=\nfor arg; do case "$arg" in --user-data-dir=*) profile="\${arg#--user-data-dir=}";; esac; done\n` +
      `exec ${options.join(' ')}${profile} ${command.join(' ')} "$@"\n`,
  );
  chmodSync(launcher, 0o755);
  return launcher;
}

/** The runtime, or undefined when Chromium or the site's playwright-core is missing. */
export async function chromiumRuntime(cacheDir?: string, root = process.cwd()): Promise<Runtime | undefined> {
  const executable = chromiumExecutable();
  const printed = executable && (await probe(executable, ['--version'], cacheDir));
  const version = printed && /(\d+)\.\d+\.\d+\.\d+/.exec(printed)?.[0];
  if (!executable || !version) return undefined;
  if (!siteHas(root, 'playwright-core')) return undefined; // loaded on the first run: a cached check needs none
  const stripping = new NodeTypeStripping();
  let home: string | undefined;
  let browser: Promise<Browser> | undefined;
  const launch = () => {
    if (browser) return browser;
    const profile = (home = mkdtempSync(join(tmpdir(), 'chromium-examples-')));
    const playwright = siteRequire(root)('playwright-core') as typeof import('playwright-core');
    browser = playwright.chromium.launch({
      executablePath: sandboxedLauncher(executable, profile),
      args: LAUNCH_ARGS,
      env: { HOME: profile, TMPDIR: profile, PATH: process.env.PATH ?? '/usr/bin:/bin' },
    });
    return browser;
  };
  const label = `Chromium ${version} (V8)`;
  return {
    id: 'chromium',
    language: 'ts',
    label,
    family: 'Chromium',
    shortVersion: version.split('.')[0]!,
    engine: 'V8',
    version: label,
    parallelism: 2,
    prepare: typeCheckExamples,
    // The memory limit is the browser's (one per check), so an example that sets its own cannot have it here.
    unsupported: (example) =>
      missingHostApis(example.source, 'browser') ??
      (example.memoryBytes !== DEFAULT_MEMORY_BYTES ? `sets a memory limit, and the browser's is ${formatBytes(DEFAULT_MEMORY_BYTES)} for every page` : undefined),
    run: async (example, limits) => {
      let started: Browser;
      try {
        started = await launch();
      } catch (error) {
        const reason = (error as Error).message.split('\n')[0]!;
        return { stdout: '', stderr: `Chromium did not start: ${reason}\n`, exitCode: 1, timedOut: false, outputExceeded: false };
      }
      const stripped = await stripping.strippedFile(example);
      // A file whose types cannot be stripped fails the type check first; run it as written for its error.
      return runInPage(started, stripped ? readFileSync(stripped, 'utf8') : example.source, example, limits);
    },
    dispose: async () => {
      await stripping.dispose();
      const open = browser;
      browser = undefined;
      if (open) await (await open).close().catch(() => {});
      if (home) rmSync(home, { recursive: true, force: true });
    },
  };
}

async function runInPage(browser: Browser, code: string, example: ExampleFile, limits: RunLimits): Promise<RunOutput> {
  const url = `${ORIGIN}/${example.id}`;
  const stdout: string[] = [];
  const stderr: string[] = [];
  let size = 0;
  let outputExceeded = false;
  let failed = false;
  const print = (into: string[], text: string) => {
    size += Buffer.byteLength(text) + 1;
    if (size > limits.maxOutputBytes) outputExceeded = true;
    else into.push(text.replaceAll(url, example.absPath));
  };
  const uncaught = (error: { name?: string; message: string; stack?: string }) => {
    failed = true;
    const name = error.name ?? 'Error';
    const stack = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    print(stderr, [`Uncaught ${name}: ${error.message}`, ...stack].join('\n'));
    print(stderr, `${name}: ${error.message}`);
  };

  const context: BrowserContext = await browser.newContext({ serviceWorkers: 'block' });
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  try {
    await context.route('**/*', async (route) => {
      const requested = route.request().url();
      // The page stays on its first document (about:blank): navigating to a site would start a second renderer
      // process. So the module is a cross-origin one, allowed by CORS.
      if (requested === url) return route.fulfill({ contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' }, body: code });
      print(stderr, `request refused (examples make no requests): ${requested}`);
      failed = true;
      return route.abort('blockedbyclient');
    });
    await context.addInitScript(harness);
    const page = await context.newPage();
    page.on('console', (message) => {
      // The browser's own report of the refused request, already reported above.
      if (message.text().startsWith('Failed to load resource:')) return;
      print(message.type() === 'error' || message.type() === 'warning' ? stderr : stdout, message.text());
    });
    page.on('pageerror', (error) => uncaught(error));
    const crashed = new Promise<never>((_, reject) => page.on('crash', () => reject(new Error(`the page crashed while running ${example.displayPath} on Chromium`))));
    crashed.catch(() => {}); // a crash after the run has ended is nobody's failure
    const deadline = new Promise<'timeout'>((resolve) => {
      // A page's CPU time is not measured: only the wall-clock limit holds (limits.ts).
      timer = setTimeout(() => resolve('timeout'), wallClockLimitMs(limits));
    });
    const run = async () => {
      // A string, not a function: a function's source would be whatever a bundler made of it (Vitest rewrites
      // `import()`), and this must reach the page as written.
      const done = page.evaluate<{ name: string; message: string; stack?: string } | undefined>(`(async () => {
        try {
          await import(${JSON.stringify(url)});
        } catch (error) {
          return { name: error?.name ?? 'Error', message: error?.message ?? String(error), stack: error?.stack };
        }
      })()`);
      done.catch(() => {}); // awaited below; if the click fails first, the closing context rejects it unawaited
      if (example.click) await page.click(example.click, { timeout: wallClockLimitMs(limits) });
      const error = await done;
      if (error) uncaught(error);
      else await page.evaluate((ms) => (globalThis as unknown as { __settled(ms: number): Promise<void> }).__settled(ms), SETTLE_MS);
      await page.evaluate(() => 0); // every console message sent before this answer has arrived
    };
    const running = run();
    // Once the deadline has won, closing the context rejects what the run still awaits: nobody's failure.
    running.catch(() => {});
    const outcome = await Promise.race([running, crashed, deadline]);
    if (outcome === 'timeout') timedOut = true;
  } catch (error) {
    if (!timedOut) {
      failed = true;
      print(stderr, (error as Error).message.split('\n')[0]!);
    }
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => {});
  }
  const text = (lines: string[]) => (lines.length ? `${lines.join('\n')}\n` : '');
  return { stdout: text(stdout), stderr: text(stderr), exitCode: timedOut ? null : failed ? 1 : 0, timedOut, outputExceeded };
}
