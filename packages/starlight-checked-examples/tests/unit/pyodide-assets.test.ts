/** The integration that serves Pyodide from the site: copied into the build, served by the dev server. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import pyodideAssets from '../../src/integration/pyodide-assets.ts';

const PACKAGE = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
const FILES = ['pyodide-lock.json', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'pyodide.mjs', 'python_stdlib.zip'];
const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyodide-assets-'));
  temps.push(dir);
  return dir;
};
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// The hooks take more than these tests give them; they only read what is passed here.
type Hook = (options: unknown) => void;
const hook = (name: string, from?: string) => (pyodideAssets(from).hooks as Record<string, Hook>)[name]!;

describe('pyodide-assets', () => {
  it('copies the files Pyodide needs, byte for byte, into <outDir>/pyodide/', () => {
    const out = temp();
    hook('astro:build:done')({ dir: pathToFileURL(out + '/') });
    expect(readdirSync(join(out, 'pyodide')).sort()).toEqual(FILES);
    for (const file of FILES) expect(readFileSync(join(out, 'pyodide', file)).equals(readFileSync(join(PACKAGE, file)))).toBe(true);
  });

  it('fails the build, copying nothing, when the package lacks a file', () => {
    const from = temp();
    writeFileSync(join(from, 'pyodide.mjs'), '');
    const out = temp();
    expect(() => hook('astro:build:done', from)({ dir: pathToFileURL(out + '/') })).toThrow(
      /pyodide\.asm\.mjs, pyodide\.asm\.wasm, python_stdlib\.zip, pyodide-lock\.json missing from .*\(reinstall pyodide\)/,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('serves the files in dev, under any base path, and passes anything else on', async () => {
    let handler: (request: { url: string }, response: PassThrough & { setHeader(k: string, v: string): void }, next: () => void) => void;
    hook('astro:server:setup')({ server: { middlewares: { use: (h: typeof handler) => (handler = h) } } });
    const response = Object.assign(new PassThrough(), { headers: {} as Record<string, string>, setHeader(k: string, v: string) { this.headers[k] = v; } });
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise((resolve) => response.on('end', resolve));
    handler!({ url: '/docs/pyodide/pyodide.asm.wasm' }, response, () => expect.unreachable());
    await ended;
    expect(response.headers['content-type']).toBe('application/wasm');
    expect(Buffer.concat(chunks).equals(readFileSync(join(PACKAGE, 'pyodide.asm.wasm')))).toBe(true);
    let passed = 0;
    handler!({ url: '/pyodide/package.json' }, response, () => passed++);
    handler!({ url: '/python/ref/' }, response, () => passed++);
    expect(passed).toBe(2);
  });
});
