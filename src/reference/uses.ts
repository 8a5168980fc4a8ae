/** Which checked examples use an API, and on which pages they are shown (for the reference entries). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../examples/manifest.ts';
import { findExampleUses, pageUrl } from '../examples/pages.ts';
import { snippet } from '../examples/regions.ts';
import type { ApiEntry } from './api.ts';

export interface ExampleUse {
  /** Path under examples/. */
  file: string;
  pages: { title: string; href: string }[];
  verifiedOn: string[];
}

const ROOT = process.cwd();
let shownOn: Map<string, { title: string; href: string }[]> | undefined;

function titleOf(page: string): string {
  const text = readFileSync(join(ROOT, page), 'utf8');
  return /^title:\s*"?(.*?)"?\s*$/m.exec(text)?.[1] ?? pageUrl(page);
}

/** Example file → the pages that show it (read once per build). */
function pagesByExample(): Map<string, { title: string; href: string }[]> {
  if (shownOn) return shownOn;
  shownOn = new Map();
  for (const use of findExampleUses(ROOT, join(ROOT, 'src/content/docs'))) {
    if (!use.file) continue;
    const pages = shownOn.get(use.file) ?? [];
    const href = pageUrl(use.page);
    if (!pages.some((p) => p.href === href)) pages.push({ title: titleOf(use.page), href });
    shownOn.set(use.file, pages);
  }
  return shownOn;
}

/** The examples of the entry's language whose source uses it, shown on at least one page, most shown first. */
export function examplesUsing(entry: ApiEntry, manifest: Manifest): ExampleUse[] {
  const patterns = Array.isArray(entry.usedBy) ? entry.usedBy : [entry.usedBy];
  const language = entry.language === 'python' ? 'python' : 'ts';
  return Object.entries(manifest.examples)
    .filter(([, example]) => example.language === language && patterns.every((p) => p.test(example.source)))
    .map(([file, example]) => ({ file, pages: pagesByExample().get(file) ?? [], verifiedOn: example.verifiedOn }))
    .filter((use) => use.pages.length > 0)
    .sort((a, b) => b.pages.length - a.pages.length || a.file.localeCompare(b.file));
}

/** Longest example shown inside an entry; longer ones are only linked. */
export const ENTRY_EXAMPLE_LINES = 14;
let mistakes: Set<string> | undefined;

/** Example files some page shows as a mistake (`kind="mistake"`): never shown in an entry as plain usage. */
function mistakeExamples(): Set<string> {
  if (mistakes) return mistakes;
  mistakes = new Set();
  const pages = readdirSync(join(ROOT, 'src/content/docs'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
  for (const page of pages) {
    for (const tag of readFileSync(join(ROOT, 'src/content/docs', page), 'utf8').matchAll(/<Example\b[^>]*>/g)) {
      const file = /\bfile="([^"]+)"/.exec(tag[0])?.[1];
      if (file && /\bkind="mistake"/.test(tag[0])) mistakes.add(file);
    }
  }
  return mistakes;
}

/**
 * The entry's own short example: of the examples that use it, the one with the shortest `main` region (at most
 * ENTRY_EXAMPLE_LINES lines), leaving out mistakes and the pitfalls folders' programs.
 */
export function entryExample(uses: ExampleUse[], manifest: Manifest): { file: string; region: string } | undefined {
  const candidates = uses
    .filter((use) => !mistakeExamples().has(use.file) && !/(^|\/)pitfalls\//.test(use.file))
    .map((use) => ({ file: use.file, example: manifest.examples[use.file]! }))
    .filter(({ example }) => example.regions.includes('main'))
    .map(({ file, example }) => ({ file, lines: snippet(example.source, example.language, example.path, 'main').lines.length }))
    .filter((example) => example.lines <= ENTRY_EXAMPLE_LINES)
    .sort((a, b) => a.lines - b.lines || a.file.localeCompare(b.file));
  return candidates[0] && { file: candidates[0].file, region: 'main' };
}
