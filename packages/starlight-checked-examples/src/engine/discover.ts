/** Finds example programs under the examples folder, optionally narrowed to paths or globs. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, matchesGlob, relative, resolve, sep } from 'node:path';
import { readDirectives, type DefaultLimits } from './directives.ts';
import { languageOfFile } from './languages/registry.ts';
import type { ExampleFile, LanguageId } from './types.ts';

/** The id of the language an example file is written in, by its extension (undefined: not an example). */
export function languageOf(file: string): LanguageId | undefined {
  return languageOfFile(file)?.id;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
    return languageOf(entry.name) ? [path] : [];
  });
}

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * Reads one example file. `root` is the project root, `examplesDir` the folder examples live in; `limits` are what
 * an example gets that sets none of its own.
 */
export function loadExample(root: string, examplesDir: string, absPath: string, limits?: DefaultLimits): ExampleFile {
  const displayPath = toPosix(relative(root, absPath));
  const source = readFileSync(absPath, 'utf8');
  return {
    id: toPosix(relative(examplesDir, absPath)),
    displayPath,
    absPath,
    language: languageOf(absPath)!,
    source,
    ...readDirectives(source, displayPath, limits),
  };
}

/** Every example under `examplesDir`, read (see loadExample), in the order discoverExamples gives. */
export function loadExamples(root: string, examplesDir: string, limits?: DefaultLimits): ExampleFile[] {
  return discoverExamples(examplesDir).map((path) => loadExample(root, examplesDir, path, limits));
}

/**
 * Every example under `examplesDir`, sorted. A filter is a file or folder path, or a glob, relative to `cwd`;
 * an example is kept when any filter matches it.
 */
export function discoverExamples(examplesDir: string, filters: string[] = [], cwd = process.cwd()): string[] {
  const all = walk(examplesDir).sort();
  if (filters.length === 0) return all;
  const matchers = filters.map((filter) => {
    const target = resolve(cwd, filter);
    const isDir = statSync(target, { throwIfNoEntry: false })?.isDirectory();
    if (isDir) return (file: string) => file.startsWith(target + sep);
    return (file: string) => file === target || matchesGlob(file, target);
  });
  return all.filter((file) => matchers.some((matches) => matches(file)));
}
