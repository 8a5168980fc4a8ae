/**
 * The built site (dist/, built once by tests/global-setup.ts) served on 127.0.0.1 and opened in Debian's
 * Chromium through playwright-core.
 *   const site = await openSite(); const page = await site.page('/start/what-is-a-weak-reference/');
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

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
export function sitePages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') || file === '404.html')
    .map((file) => '/' + relative(DIST, join(DIST, file)).replace(/index\.html$/, ''))
    .sort();
}

function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname);
    let file = join(DIST, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(DIST) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export interface Site {
  url: string;
  browser: Browser;
  page(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Flags for running as root in a closed network (see the machine notes in the README). */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function openSite(): Promise<Site> {
  const server = await serve();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
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
