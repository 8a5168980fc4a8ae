/**
 * The built-in runtimes as providers: each says how to find its runtime on this machine, or what is missing.
 * Their order is BUILTIN_RUNTIME_IDS's (a site's `runtimes` option may choose and reorder them).
 */
import type { Runtime, RuntimeProvider } from '../types.ts';
import { bunRuntime } from './bun.ts';
import { chromiumRuntime } from './chromium.ts';
import { NATIVE_PYTHONS, nativePython } from './native-python.ts';
import { nodeRuntime } from './node-ts.ts';
import { PYODIDE_PACKAGES, pyodideRuntime } from './pyodide.ts';
import { quickjsRuntime } from './quickjs.ts';
import { siteHas } from './site-packages.ts';

/** The runtime, or the notice that says what is missing. */
const orMissing = (runtime: Runtime | undefined, notice: string) => runtime ?? { missing: notice };

/** The notice for a runtime whose npm packages the site has not installed (they are looked up from its root). */
const notInstalled = (names: string[], language: string, where: string) =>
  `${names.join(' and ')} ${names.length > 1 ? 'are' : 'is'} not installed (add ${names.length > 1 ? 'these npm packages' : 'this npm package'} to the site): ${language} examples are not verified ${where}.`;

const [cpython, pypy] = NATIVE_PYTHONS.map(
  (spec): RuntimeProvider => ({
    id: spec.id,
    language: 'python',
    detect: async ({ cacheDir }) =>
      orMissing(await nativePython(spec, cacheDir), `${spec.implementation} (${spec.command}) not found: Python examples are not verified on ${spec.implementation}.`),
  }),
);

const pyodides = PYODIDE_PACKAGES.map(
  ({ id, packageName, install }): RuntimeProvider => ({
    id,
    language: 'python',
    detect: async ({ root, cacheDir }) => orMissing(
        pyodideRuntime({ id, packageName, root, snapshotDir: cacheDir }),
        // An alias of a Pyodide release (one Pyodide per JavaScript realm): npm finds no package by that name.
        `${packageName} is not installed (npm install -D ${install}): Python examples are not verified on ${id}.`,
      ),
  }),
);

const node: RuntimeProvider = { id: 'node', language: 'ts', detect: async () => nodeRuntime() };

const bun: RuntimeProvider = {
  id: 'bun',
  language: 'ts',
  detect: async ({ root, cacheDir }) => orMissing(await bunRuntime(cacheDir, root), notInstalled(['bun'], 'TypeScript', 'on Bun')),
};

const chromium: RuntimeProvider = {
  id: 'chromium',
  language: 'ts',
  detect: async ({ root, cacheDir }) =>
    orMissing(
      await chromiumRuntime(cacheDir, root),
      siteHas(root, 'playwright-core')
        ? 'No Chromium executable found (/usr/bin/chromium or /usr/bin/chromium-browser): TypeScript examples are not verified in a browser.'
        : notInstalled(['playwright-core'], 'TypeScript', 'in a browser'),
    ),
};

const quickjs: RuntimeProvider = {
  id: 'quickjs',
  language: 'ts',
  detect: async ({ root }) =>
    orMissing(quickjsRuntime(root), notInstalled(['quickjs-emscripten-core', '@jitl/quickjs-ng-wasmfile-release-sync'], 'TypeScript', 'on QuickJS-ng')),
};

/** The built-in providers, in the default order. */
export const BUILTIN_PROVIDERS: readonly RuntimeProvider[] = [cpython!, ...pyodides, pypy!, node, bun, chromium, quickjs];
