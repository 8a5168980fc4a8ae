/** The runtimes available on this machine, in the order reports and pages list them (the providers' order). */
import { knownRuntimeIds, providerLanguage } from '../languages/registry.ts';
import type { Runtime, RuntimeProvider } from '../types.ts';
import { BUILTIN_PROVIDERS } from './providers.ts';

export interface DetectedRuntimes {
  runtimes: Runtime[];
  /** One line per runtime that could not be used, shown in every report (the sandbox's is the check's: CheckReport). */
  notices: string[];
}

/** The notice for a runtime whose npm packages the site has not installed. */
const notInstalled = (names: string[], language: string, where: string) =>
  `${names.join(' and ')} ${names.length > 1 ? 'are' : 'is'} not installed (add ${names.length > 1 ? 'these npm packages' : 'this npm package'} to the site): ${language} examples are not verified ${where}.`;

/**
 * Asks each provider (resolveRuntimes turns the `runtimes` option into them; default: the built-in ones) for its
 * runtime, in parallel (a probe starts a process, so this is not free). `cacheDir` is where runtimes may keep
 * start-up state between checks (Pyodide's snapshots); `root` is the project root.
 */
export async function detectRuntimes(
  cacheDir?: string,
  providers: readonly RuntimeProvider[] = BUILTIN_PROVIDERS,
  root: string = process.cwd(),
): Promise<DetectedRuntimes> {
  const found = await Promise.all(providers.map((provider) => provider.detect({ root, cacheDir })));
  const runtimes: Runtime[] = [];
  const notices: string[] = [];
  found.forEach((result, index) => {
    if ('missing' in result) return void notices.push(result.missing);
    const provider = providers[index]!;
    const language = providerLanguage(provider);
    if (result.id !== provider.id || result.language !== language) {
      throw new Error(`runtime provider ${provider.id} (${language}) detected a runtime that calls itself ${result.id} (${result.language})`);
    }
    runtimes.push(result);
  });
  return { runtimes, notices };
}

/**
 * Narrows detected runtimes to the ids asked for (`--runtime`), disposing of the rest. An id that is not configured
 * is an error; a configured one that is not installed here is an error too, since the caller asked for it by name.
 */
export function selectRuntimes(detected: DetectedRuntimes, ids: string[] | undefined): DetectedRuntimes {
  if (!ids?.length) return detected;
  const wanted = ids.flatMap((id) => id.split(','));
  const known = knownRuntimeIds();
  for (const id of wanted) {
    if (!known.includes(id)) throw new Error(`--runtime ${id}: unknown runtime (known: ${known.join(', ')})`);
    if (!detected.runtimes.some((r) => r.id === id)) throw new Error(`--runtime ${id}: not available here (${detected.notices.join(' ')})`);
  }
  for (const runtime of detected.runtimes) if (!wanted.includes(runtime.id)) void runtime.dispose();
  return { runtimes: detected.runtimes.filter((r) => wanted.includes(r.id)), notices: [] };
}
