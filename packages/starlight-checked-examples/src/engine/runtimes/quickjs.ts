/**
 * TypeScript examples on QuickJS-ng, the engine that frees objects by reference counting and collects cycles
 * with a backup collector (WebAssembly, from the npm packages quickjs-emscripten-core and
 * @jitl/quickjs-ng-wasmfile-release-sync: no native install). Each run is a Node process of its own
 * (quickjs-runner.ts) under the same sandbox and limits as Node's runs; the runner is the host that the
 * embedding lacks (console, timers, gc()).
 */
import { readFileSync } from 'node:fs';
import type { Runtime } from '../types.ts';
import { OWN_TS_ARGV } from '../own-typescript.ts';
import { missingHostApis } from './host-apis.ts';
import { NodeTypeStripping } from './node-type-stripping.ts';
import { siteRequire } from './site-packages.ts';
import { runProcess } from './subprocess.ts';
import { TYPESCRIPT_VERSION, typeCheckExamples } from './type-check-step.ts';

const RUNNER = new URL('./quickjs-runner.ts', import.meta.url).pathname;

/** The vendored QuickJS-ng version (the variant's README names it) and the package's own version. */
function installedVersions(root: string): { engine: string; wrapper: string } | undefined {
  try {
    const require = siteRequire(root);
    const variant = require.resolve('@jitl/quickjs-ng-wasmfile-release-sync/package.json');
    require.resolve('quickjs-emscripten-core');
    const readme = readFileSync(variant.replace(/package\.json$/, 'README.md'), 'utf8');
    const engine = /Version \[v(\d+\.\d+\.\d+)\]/.exec(readme)?.[1];
    const wrapper = (JSON.parse(readFileSync(variant, 'utf8')) as { version: string }).version;
    return engine ? { engine, wrapper } : undefined;
  } catch {
    return undefined;
  }
}

/** The runtime, or undefined when the site has not installed the npm packages. */
export function quickjsRuntime(root = process.cwd()): Runtime | undefined {
  const versions = installedVersions(root);
  if (!versions) return undefined;
  const stripping = new NodeTypeStripping();
  const label = `QuickJS-ng ${versions.engine} (WebAssembly, quickjs-emscripten ${versions.wrapper})`;
  return {
    id: 'quickjs',
    language: 'ts',
    label,
    family: 'QuickJS-ng',
    shortVersion: versions.engine.split('.').slice(0, 2).join('.'),
    version: `${label} / TypeScript ${TYPESCRIPT_VERSION}`,
    prepare: typeCheckExamples,
    unsupported: (example) => missingHostApis(example.source, 'bare'),
    // Types are stripped once per example (in a worker), so a run does not load the stripper again.
    run: async (example, limits) => {
      const stripped = (await stripping.strippedFile(example)) ?? '';
      const args = [RUNNER, root, example.absPath, String(limits.maxMemoryBytes), stripped];
      return runProcess(process.execPath, [...OWN_TS_ARGV, ...args], limits);
    },
    dispose: () => stripping.dispose(),
  };
}
