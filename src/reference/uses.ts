/** Which checked examples use an API, and on which pages they are shown (for the reference entries). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../examples/manifest.ts';
import { findExampleUses, pageUrl } from '../examples/pages.ts';
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
