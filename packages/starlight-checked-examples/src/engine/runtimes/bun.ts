/**
 * TypeScript examples on Bun (JavaScriptCore), from the `bun` npm package: after the shared strict type check,
 * each file runs directly (Bun strips types itself), with a preloaded `gc()` that is JavaScriptCore's own full
 * collection (bun-jsc-gc.mjs). Bun's `--expose-gc` would give `Bun.gc(true)` instead (functionJsGc in Bun's
 * ZigGlobalObject.cpp), which also empties the kept-alive list: a difference of Bun's, which the pages show with
 * an example that calls `Bun.gc(true)` itself.
 */
import { dirname, join } from 'node:path';
import type { Runtime } from '../types.ts';
import { missingHostApis } from './host-apis.ts';
import { siteRequire } from './site-packages.ts';
import { probe, runProcess } from './subprocess.ts';
import { TYPESCRIPT_VERSION, typeCheckExamples } from './type-check-step.ts';

const JSC_GC = new URL('./bun-jsc-gc.mjs', import.meta.url).pathname;

function bunExecutable(root: string): string | undefined {
  try {
    return join(dirname(siteRequire(root).resolve('bun/package.json')), 'bin', 'bun.exe');
  } catch {
    return undefined;
  }
}

/** The runtime, or undefined when the site has not installed the `bun` package (or its platform binary). */
export async function bunRuntime(cacheDir?: string, root = process.cwd()): Promise<Runtime | undefined> {
  const executable = bunExecutable(root);
  const version = executable && (await probe(executable, ['--version'], cacheDir));
  if (!executable || !version || !/^\d+\.\d+\.\d+$/.test(version)) return undefined;
  const label = `Bun ${version} (JavaScriptCore, fullGC)`;
  return {
    id: 'bun',
    language: 'ts',
    label,
    family: 'Bun',
    shortVersion: version.split('.').slice(0, 2).join('.'),
    engine: 'JavaScriptCore',
    version: `${label} / TypeScript ${TYPESCRIPT_VERSION}`,
    prepare: typeCheckExamples,
    unsupported: (example) => missingHostApis(example.source, 'node'),
    // BUN_RUNTIME_TRANSPILER_CACHE_PATH=0: no transpiler cache written outside the run's own directory.
    run: (example, limits) => runProcess(executable, ['--preload', JSC_GC, example.absPath], limits, { BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' }),
    dispose: async () => {},
  };
}
