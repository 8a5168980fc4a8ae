/** Which checked examples use an API, and on which pages they are shown (for the reference entries). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findExampleUses, mistakeLines, pageUrl, snippet, type Manifest } from 'starlight-checked-examples/engine';
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

/** The examples of the entry's language whose source uses it, shown on at least one page: correct usage first, then most shown first. */
export function examplesUsing(entry: ApiEntry, manifest: Manifest): ExampleUse[] {
  const patterns = Array.isArray(entry.usedBy) ? entry.usedBy : [entry.usedBy];
  const language = entry.language === 'python' ? 'python' : 'ts';
  return Object.entries(manifest.examples)
    .filter(([, example]) => example.language === language && patterns.every((p) => p.test(example.source)))
    .map(([file, example]) => ({ file, pages: pagesByExample().get(file) ?? [], verifiedOn: example.verifiedOn }))
    .filter((use) => use.pages.length > 0)
    // Correct usage first: examples whose file marks a mistake come last, however often they are shown.
    .sort((a, b) => mistakeLast(a.file) - mistakeLast(b.file) || b.pages.length - a.pages.length || a.file.localeCompare(b.file));
  function mistakeLast(file: string): number {
    return marksAMistake(file, manifest) ? 1 : 0;
  }
}

/** Longest example shown inside an entry; longer ones are only linked. */
export const ENTRY_EXAMPLE_LINES = 20;

/** An example whose file marks any of its code as wrong on purpose (`# mistake: …`): never shown as plain usage. */
const marksAMistake = (file: string, manifest: Manifest) => {
  const example = manifest.examples[file]!;
  return mistakeLines(example.source, example.language, example.path).size > 0;
};

/**
 * The entry's own example, `entry.example`'s `main` region, once it is shown to be right for the entry: one of
 * the examples that use it (`uses`, from examplesUsing), not a mistake nor a pitfalls folder's program, at most
 * ENTRY_EXAMPLE_LINES lines, and the shown lines themselves use the name (a file can use it only outside the
 * region the entry shows). Throws, naming the entry, when it is not.
 */
export function entryExample(entry: ApiEntry, uses: ExampleUse[], manifest: Manifest): { file: string; region: string } | undefined {
  const file = entry.example;
  if (!file) return undefined;
  const fail = (why: string) => new Error(`Reference entry ${entry.language} ${entry.id}: its example ${file} ${why}`);
  if (!uses.some((use) => use.file === file)) throw fail('is not one of the examples that use it (its usedBy patterns, shown on a page)');
  if (marksAMistake(file, manifest) || /(^|\/)pitfalls\//.test(file)) throw fail('is a mistake or a pitfall: an entry shows correct usage');
  const example = manifest.examples[file]!;
  if (!example.regions.includes('main')) throw fail('has no main region');
  const shown = snippet(example.source, example.language, example.path, 'main');
  const lines = shown.code.split('\n').length;
  if (lines > ENTRY_EXAMPLE_LINES) throw fail(`shows ${lines} lines; at most ${ENTRY_EXAMPLE_LINES} fit inside an entry`);
  const patterns = Array.isArray(entry.usedBy) ? entry.usedBy : [entry.usedBy];
  if (!patterns.every((pattern) => pattern.test(shown.code))) throw fail(`uses it only outside its main region (${patterns.join(', ')})`);
  return { file, region: 'main' };
}
