/** The runtimes available on this machine, in the order reports and pages list them (RUNTIME_IDS). */
import { RUNTIME_IDS, type Runtime, type RuntimeId } from '../types.ts';
import { bunRuntime } from './bun.ts';
import { chromiumRuntime } from './chromium.ts';
import { NATIVE_PYTHONS, nativePython } from './native-python.ts';
import { nodeRuntime } from './node-ts.ts';
import { PYODIDE_PACKAGES, pyodideRuntime } from './pyodide.ts';
import { quickjsRuntime } from './quickjs.ts';
import { siteHas } from './site-packages.ts';

export interface DetectedRuntimes {
  runtimes: Runtime[];
  /** One line per runtime that could not be used, shown in every report (the sandbox's is the check's: CheckReport). */
  notices: string[];
}

/** The notice for a runtime whose npm packages the site has not installed. */
const notInstalled = (names: string[], language: string, where: string) =>
  `${names.join(' and ')} ${names.length > 1 ? 'are' : 'is'} not installed (add ${names.length > 1 ? 'these npm packages' : 'this npm package'} to the site): ${language} examples are not verified ${where}.`;

/**
 * Probes the machine's interpreters in parallel (a probe starts a process, so this is not free).
 * `cacheDir` is where runtimes may keep start-up state between checks (Pyodide's snapshots); `root` is the
 * site's, where its optional runtime packages are looked up (site-packages.ts).
 */
export async function detectRuntimes(cacheDir?: string, root = process.cwd()): Promise<DetectedRuntimes> {
  const notices: string[] = [];
  const missing = (runtime: Runtime | undefined, notice: string) => {
    if (!runtime) notices.push(notice);
    return runtime;
  };
  const found = await Promise.all([
    ...NATIVE_PYTHONS.map(async (spec) =>
      missing(await nativePython(spec, cacheDir), `${spec.implementation} (${spec.command}) not found: Python examples are not verified on ${spec.implementation}.`),
    ),
    ...PYODIDE_PACKAGES.map(async ({ id, packageName }) =>
      missing(pyodideRuntime({ id, packageName, root, snapshotDir: cacheDir }), notInstalled([packageName], 'Python', `on ${id}`)),
    ),
    nodeRuntime(),
    bunRuntime(cacheDir, root).then((bun) => missing(bun, notInstalled(['bun'], 'TypeScript', 'on Bun'))),
    chromiumRuntime(cacheDir, root).then((chromium) =>
      missing(
        chromium,
        siteHas(root, 'playwright-core')
          ? 'No Chromium executable found (/usr/bin/chromium or /usr/bin/chromium-browser): TypeScript examples are not verified in a browser.'
          : notInstalled(['playwright-core'], 'TypeScript', 'in a browser'),
      ),
    ),
    missing(quickjsRuntime(root), notInstalled(['quickjs-emscripten-core', '@jitl/quickjs-ng-wasmfile-release-sync'], 'TypeScript', 'on QuickJS-ng')),
  ]);
  const runtimes = found.filter((r): r is Runtime => r !== undefined);
  return { runtimes: runtimes.sort((a, b) => RUNTIME_IDS.indexOf(a.id) - RUNTIME_IDS.indexOf(b.id)), notices };
}

/**
 * Narrows detected runtimes to the ids asked for (`--runtime`), disposing of the rest. An unknown id is an error;
 * a known one that is not installed here is an error too, since the caller asked for it by name.
 */
export function selectRuntimes(detected: DetectedRuntimes, ids: string[] | undefined): DetectedRuntimes {
  if (!ids?.length) return detected;
  const wanted = ids.flatMap((id) => id.split(','));
  for (const id of wanted) {
    if (!RUNTIME_IDS.includes(id as RuntimeId)) throw new Error(`--runtime ${id}: unknown runtime (known: ${RUNTIME_IDS.join(', ')})`);
    if (!detected.runtimes.some((r) => r.id === id)) throw new Error(`--runtime ${id}: not available here (${detected.notices.join(' ')})`);
  }
  for (const runtime of detected.runtimes) if (!wanted.includes(runtime.id)) void runtime.dispose();
  return { runtimes: detected.runtimes.filter((r) => wanted.includes(r.id)), notices: [] };
}

