/**
 * Serves Pyodide from the site itself for the in-browser Run button (src/components/playground/): the build
 * copies the files it needs from the npm package to `<outDir>/pyodide/`; the dev server serves them from there.
 * Nothing here is fetched until a reader clicks Run.
 */
import { cpSync, createReadStream, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The files the first Python run downloads (the Run button says how much). */
export const FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
const TYPES: Record<string, string> = { mjs: 'text/javascript', wasm: 'application/wasm', zip: 'application/zip', json: 'application/json' };
const PACKAGE = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));

/** `from` is the pyodide package folder (a test passes another). */
export default function pyodideAssets(from = PACKAGE): AstroIntegration {
  return {
    name: 'pyodide-assets',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const name = /\/pyodide\/([\w.-]+)$/.exec(new URL(request.url ?? '', 'http://dev').pathname)?.[1];
          if (!name || !FILES.includes(name)) return next();
          response.setHeader('content-type', TYPES[name.slice(name.lastIndexOf('.') + 1)]!);
          createReadStream(join(from, name)).pipe(response);
        });
      },
      'astro:build:done': ({ dir }) => {
        const missing = FILES.filter((name) => !existsSync(join(from, name)));
        if (missing.length) throw new Error(`pyodide-assets: ${missing.join(', ')} missing from ${from} (reinstall pyodide)`);
        const into = join(fileURLToPath(dir), 'pyodide');
        mkdirSync(into, { recursive: true });
        for (const name of FILES) cpSync(join(from, name), join(into, name));
      },
    },
  };
}
