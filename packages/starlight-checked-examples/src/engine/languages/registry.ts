/**
 * What this process knows of the site's configuration: the languages examples are written in (built-in Python and
 * TypeScript, plus those a site's runtimes bring) and the configured runtime ids (`check: not-on=`, `--runtime`
 * and the order of runtimes on pages). resolveRuntimes (runtimes/resolve.ts) fills it from the `runtimes` option.
 *
 * It is kept on globalThis because one process may load the engine twice (Astro loads its config and integrations
 * apart from the pages it renders), and the pages must know what the integration registered.
 */
import type { Language, LanguageId, RuntimeId, RuntimeProvider } from '../types.ts';
import { escapeRegExp } from './escape.ts';
import { python } from './python.ts';
import { typescript } from './typescript.ts';

/** The built-in runtimes' ids, in the order reports and pages list them when a site configures none. */
export const BUILTIN_RUNTIME_IDS: readonly RuntimeId[] = ['cpython', 'py312', 'py313', 'py314', 'pypy', 'node', 'bun', 'chromium', 'quickjs'];

interface Registry {
  languages: Map<LanguageId, Language>;
  runtimeIds: readonly RuntimeId[];
}

const KEY = Symbol.for('starlight-checked-examples.registry');
const store = globalThis as { [KEY]?: Registry };
const registry: Registry = (store[KEY] ??= { languages: new Map([python, typescript].map((l) => [l.id, l])), runtimeIds: BUILTIN_RUNTIME_IDS });

/** Makes a language known; refuses a file extension another language has (or `.out`, the outputs' own). */
export function registerLanguage(language: Language): void {
  if (!/^[a-z][a-z0-9-]*$/.test(language.id)) throw new Error(`language id "${language.id}": use lower-case letters, digits and -, starting with a letter`);
  if (!language.lineComment) throw new Error(`language ${language.id}: lineComment is empty`);
  for (const extension of language.extensions) {
    if (!/^\.[\w.-]+$/.test(extension) || extension === '.out') throw new Error(`language ${language.id}: "${extension}" is not a file extension examples may have`);
    const owner = [...registry.languages.values()].find((other) => other.id !== language.id && other.extensions.includes(extension));
    if (owner) throw new Error(`language ${language.id}: ${extension} files are already ${owner.id} examples`);
  }
  registry.languages.set(language.id, language);
}

export const languages = (): Language[] => [...registry.languages.values()];

export const isLanguage = (id: LanguageId): boolean => registry.languages.has(id);

export function languageById(id: LanguageId): Language {
  const language = registry.languages.get(id);
  if (!language) throw new Error(`unknown language "${id}" (known: ${[...registry.languages.keys()].join(', ')})`);
  return language;
}

/** The extension of an example file (the longest its language claims), or undefined when no language claims it. */
export function exampleExtension(file: string): string | undefined {
  const claimed = languages().flatMap((language) => language.extensions.filter((extension) => file.endsWith(extension)));
  return claimed.sort((a, b) => b.length - a.length)[0];
}

/** An example's path without its extension: the stem its outputs share (`x.py` → `x`, with `x.out`, `x.pypy.out`). */
export function exampleStem(file: string): string {
  return file.slice(0, file.length - (exampleExtension(file)?.length ?? 0));
}

export function languageOfFile(file: string): Language | undefined {
  const extension = exampleExtension(file);
  return extension === undefined ? undefined : languages().find((language) => language.extensions.includes(extension));
}

/** A regular expression source that matches any known language's line comment (`check:` and `mistake:` lines). */
export const anyLineComment = (): string =>
  `(?:${[...new Set(languages().map((language) => language.lineComment))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;

// Made once per language: snippet() asks for every line it shows.
const defaultMarkers = new WeakMap<Language, { open: RegExp; close: RegExp }>();

export function regionMarkers(id: LanguageId): { open: RegExp; close: RegExp } {
  const language = languageById(id);
  if (language.regionMarker) return language.regionMarker;
  let markers = defaultMarkers.get(language);
  if (!markers) {
    const comment = escapeRegExp(language.lineComment);
    markers = { open: new RegExp(`^\\s*${comment}\\s*region\\b\\s*(.*?)\\s*$`), close: new RegExp(`^\\s*${comment}\\s*endregion\\b\\s*(.*?)\\s*$`) };
    defaultMarkers.set(language, markers);
  }
  return markers;
}

export function commentLine(id: LanguageId): RegExp {
  const language = languageById(id);
  return language.commentLine ?? new RegExp(`^\\s*${escapeRegExp(language.lineComment)}`);
}

/** The id of the language a provider's runtime runs (it names a built-in one, or brings its own). */
export const providerLanguage = (provider: RuntimeProvider): LanguageId => (typeof provider.language === 'string' ? provider.language : provider.language.id);

/** The configured runtime ids, in the configured order (the built-in ones until resolveRuntimes says otherwise). */
export const knownRuntimeIds = (): readonly RuntimeId[] => registry.runtimeIds;

export function setKnownRuntimeIds(ids: readonly RuntimeId[]): void {
  registry.runtimeIds = [...ids];
}
