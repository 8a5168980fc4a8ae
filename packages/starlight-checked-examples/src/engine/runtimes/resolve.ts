/**
 * The `runtimes` option turned into providers: each entry is a built-in runtime's id (`cpython`, `node`, …) or the
 * path of a module (starting with `.` or `/`, relative to the project root) whose default export is a
 * RuntimeProvider. Resolving also tells the rest of the engine (languages/registry.ts) which runtime ids exist, in
 * which order, and the languages the providers bring, so examples of a site's own language are found and read.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, relative, resolve } from 'node:path';
import { discoverExamples } from '../discover.ts';
import { BUILTIN_RUNTIME_IDS, isLanguage, languageOfFile, providerLanguage, registerLanguage, setKnownRuntimeIds } from '../languages/registry.ts';
import type { RuntimeProvider } from '../types.ts';
import { BUILTIN_PROVIDERS } from './providers.ts';

const RUNTIME_ID = /^[a-z][a-z0-9-]*$/;

/** Whether an entry of the option names a module rather than a built-in runtime. */
const isModulePath = (entry: string) => entry.startsWith('.') || isAbsolute(entry);

function load(root: string, entry: string): RuntimeProvider {
  if (!isModulePath(entry)) {
    const builtin = BUILTIN_PROVIDERS.find((provider) => provider.id === entry);
    if (!builtin) throw new Error(`runtimes: unknown runtime "${entry}" (built-in: ${BUILTIN_RUNTIME_IDS.join(', ')}; a module of your own is a path starting with . or /)`);
    return builtin;
  }
  // Node's require() of an ES module, not import(): Astro may run the integration in Vite's module runner, which
  // handles import() itself and is closed by the time the integration's hooks run.
  const module = createRequire(import.meta.url)(resolve(root, entry)) as { default?: Partial<RuntimeProvider> };
  const provider = module.default;
  if (typeof provider?.id !== 'string' || typeof provider.detect !== 'function' || !provider.language) {
    throw new Error(`runtimes: ${entry} does not export a runtime provider by default ({ id, language, detect })`);
  }
  return provider as RuntimeProvider;
}

/**
 * The providers the `runtimes` option names, in its order (default: every built-in runtime). Throws, naming the
 * entry, for an unknown id, a module without a provider, an id that is not lower-case letters, digits and `-`, one
 * given twice, or a language that is neither built in nor brought as a Language.
 */
export function resolveRuntimes(root: string, runtimes: readonly string[] = BUILTIN_RUNTIME_IDS): RuntimeProvider[] {
  const loaded: { entry: string; provider: RuntimeProvider }[] = [];
  for (const entry of runtimes) {
    const provider = load(root, entry);
    if (!RUNTIME_ID.test(provider.id) || provider.id === 'out') {
      throw new Error(`runtimes: ${entry}: runtime id "${provider.id}" must be lower-case letters, digits and -, starting with a letter (and not "out")`);
    }
    if (loaded.some((other) => other.provider.id === provider.id)) throw new Error(`runtimes: ${entry}: runtime "${provider.id}" is listed twice`);
    loaded.push({ entry, provider });
  }
  // Every language brought first, so a provider may name one that a provider listed after it brings.
  for (const { provider } of loaded) if (typeof provider.language === 'object') registerLanguage(provider.language);
  for (const { entry, provider } of loaded) {
    if (typeof provider.language === 'string' && !isLanguage(provider.language)) {
      throw new Error(`runtimes: ${entry}: unknown language "${provider.language}" (give the provider a Language object to add one)`);
    }
  }
  setKnownRuntimeIds(loaded.map(({ provider }) => provider.id));
  return loaded.map(({ provider }) => provider);
}

/**
 * Fails when examples under `examplesDir` are of a language that none of `providers` runs (the `runtimes` option
 * leaves out every runtime of that language): they would never be checked, yet pages would show them.
 */
export function assertEveryLanguageRuns(root: string, examplesDir: string, providers: readonly RuntimeProvider[]): void {
  const run = new Set(providers.map(providerLanguage));
  const unrun = new Map<string, string[]>();
  for (const file of existsSync(examplesDir) ? discoverExamples(examplesDir, [], root) : []) {
    const language = languageOfFile(file)!;
    if (!run.has(language.id)) unrun.set(language.label, [...(unrun.get(language.label) ?? []), relative(root, file)]);
  }
  const problems = [...unrun].map(([label, files]) => {
    const builtins = BUILTIN_PROVIDERS.filter((provider) => languageOfFile(files[0]!)?.id === providerLanguage(provider)).map((provider) => provider.id);
    const more = files.length > 1 ? ` and ${files.length - 1} more` : '';
    const add = builtins.length ? `add one of ${builtins.join(', ')}, or a module of your own` : 'add a module of your own that runs them';
    return `the runtimes option names no runtime for ${label} examples (${files[0]}${more}): ${add}`;
  });
  if (problems.length) throw new Error(problems.join('\n'));
}
