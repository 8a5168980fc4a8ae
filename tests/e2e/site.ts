/**
 * The built site (dist/, built once by tests/global-setup.ts) served on 127.0.0.1 and opened in Debian's
 * Chromium through playwright-core.
 *   const site = await openSite(); const page = await site.page('/start/what-is-a-weak-reference/');
 * The sub-path build (BASE_DIST, served under BASE_PATH as GitHub Pages would) opens the same way:
 *   const site = await openSite({ dist: BASE_DIST, base: BASE_PATH }); // site.url ends with the base
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');
/** The second build, for a sub-path (outside the worktree, so the type check never reads it; one per worktree). */
export const BASE_PATH = '/weakref-handbook/';
export const BASE_DIST = join(tmpdir(), `weakref-handbook-base-${createHash('sha256').update(DIST).digest('hex').slice(0, 8)}`);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.mjs': 'text/javascript',
  '.zip': 'application/zip',
};

/** Every page of the built site as a URL path: `/python/ref/`. */
export function sitePages(dist = DIST): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') || file === '404.html')
    .map((file) => '/' + relative(dist, join(dist, file)).replace(/index\.html$/, ''))
    .sort();
}

/**
 * Serves `dist` at `base` as GitHub Pages does: a missing page under `base` gets the site's 404.html with
 * status 404; anything outside `base` is a bare 404, as on a host that serves other things there.
 */
function serve(dist: string, base: string): Promise<Server> {
  const server = createServer((request, response) => {
    const url = decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname);
    const path = url.startsWith(base) ? url.slice(base.length - 1) : undefined;
    let file = join(dist, path ?? '/nowhere');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (path === undefined || !file.startsWith(dist) || !existsSync(file)) {
      const notFound = join(dist, '404.html');
      if (path === undefined || !existsSync(notFound)) response.writeHead(404).end('not found');
      else response.writeHead(404, { 'content-type': TYPES['.html']! }).end(readFileSync(notFound));
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export interface Site {
  /** Origin and base, no trailing slash: `site.url + "/python/ref/"` is a page. */
  url: string;
  browser: Browser;
  page(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Flags for running as root in a closed network (see docs/ENGINE.md: "Tests"). */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Debian's Chromium, headless (also used by the dev-server test). */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

export async function openSite({ dist = DIST, base = '/' } = {}): Promise<Site> {
  const server = await serve(dist, base);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base.replace(/\/$/, '')}`;
  const browser = await launchChromium();
  return {
    url,
    browser,
    async page(path) {
      const page = await browser.newPage();
      await page.goto(url + path);
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * The Python runtimes this machine has, as the build that made dist/ named them (its check ran on the same
 * machine): full labels for provenance details, and the short group label of its one-line summary.
 */
export async function pythonRuntimeLabels(): Promise<{ labels: string[]; summary: string }> {
  const { detectRuntimes } = await import('starlight-checked-examples/runtime');
  const { groupLabel } = await import('starlight-checked-examples/engine');
  const { runtimes } = await detectRuntimes();
  const python = runtimes.filter((r) => r.language === 'python');
  await Promise.all(runtimes.map((r) => r.dispose()));
  return { labels: python.map((r) => r.label), summary: groupLabel(python, { ranges: true }) };
}
