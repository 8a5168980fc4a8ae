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

/** The runtime, or the notice that says what is missing. */
const orMissing = (runtime: Runtime | undefined, notice: string) => runtime ?? { missing: notice };

const [cpython, pypy] = NATIVE_PYTHONS.map(
  (spec): RuntimeProvider => ({
    id: spec.id,
    language: 'python',
    detect: async ({ cacheDir }) =>
      orMissing(await nativePython(spec, cacheDir), `${spec.implementation} (${spec.command}) not found: Python examples are not verified on ${spec.implementation}.`),
  }),
);

const pyodides = PYODIDE_PACKAGES.map(
  ({ id, packageName }): RuntimeProvider => ({
    id,
    language: 'python',
    detect: async ({ cacheDir }) =>
      orMissing(pyodideRuntime({ id, packageName, snapshotDir: cacheDir }), `${packageName} is not installed (npm ci): Python examples are not verified on ${id}.`),
  }),
);

const node: RuntimeProvider = { id: 'node', language: 'ts', detect: async () => nodeRuntime() };

const bun: RuntimeProvider = {
  id: 'bun',
  language: 'ts',
  detect: async ({ cacheDir }) => orMissing(await bunRuntime(cacheDir), 'Bun (npm package bun) is not installed: TypeScript examples are not verified on Bun.'),
};

const chromium: RuntimeProvider = {
  id: 'chromium',
  language: 'ts',
  detect: async ({ cacheDir }) =>
    orMissing(await chromiumRuntime(cacheDir), 'Chromium (apt-get install chromium) not found: TypeScript examples are not verified in a browser.'),
};

const quickjs: RuntimeProvider = {
  id: 'quickjs',
  language: 'ts',
  detect: async () =>
    orMissing(
      quickjsRuntime(),
      'QuickJS-ng (npm packages quickjs-emscripten-core, @jitl/quickjs-ng-wasmfile-release-sync) is not installed: TypeScript examples are not verified on QuickJS.',
    ),
};

/** The built-in providers, in the default order. */
export const BUILTIN_PROVIDERS: readonly RuntimeProvider[] = [cpython!, ...pyodides, pypy!, node, bun, chromium, quickjs];
