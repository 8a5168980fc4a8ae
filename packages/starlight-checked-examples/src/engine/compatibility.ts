/**
 * The compatibility table: every example whose verified output differs between runtimes, with the output group
 * each runtime printed (A is the output most runtimes agree on) and the pages that show (and explain) it. Built
 * from the check's results only.
 */
import type { Manifest, RuntimeColumn } from './manifest.ts';
import type { ExampleUse } from './pages.ts';
import { pageUrl } from './pages.ts';
import type { LanguageId, RuntimeId } from './types.ts';

export interface CompatibilityRow {
  /** Path under examples/: `python/why/refcount_value.py`. */
  file: string;
  /** Output group letter per runtime that ran it; a runtime missing here did not run the example. */
  cells: Partial<Record<RuntimeId, string>>;
  /** Each group's letter and the runtimes that printed it, in short (`CPython 3.11 · 3.12, PyPy 3.9`). */
  groups: { letter: string; label: string }[];
  /** URLs of the pages that show the example. */
  pages: string[];
}

export interface CompatibilityTable {
  runtimes: RuntimeColumn[];
  rows: CompatibilityRow[];
}

const letter = (index: number) => String.fromCharCode(65 + index);

/** The table for one language's examples and runtimes. */
export function compatibilityTable(manifest: Manifest, uses: ExampleUse[], language: LanguageId): CompatibilityTable {
  const rows = Object.entries(manifest.examples)
    .filter(([, example]) => example.language === language && example.outputs.length > 1)
    .map(([file, example]): CompatibilityRow => {
      const groups = [...example.outputs].sort((a, b) => b.ids.length - a.ids.length);
      const cells: Partial<Record<RuntimeId, string>> = {};
      groups.forEach((group, index) => group.ids.forEach((id) => (cells[id] = letter(index))));
      const pages = [...new Set(uses.filter((use) => use.file === file).map((use) => pageUrl(use.page)))];
      return { file, cells, groups: groups.map((group, index) => ({ letter: letter(index), label: group.label })), pages };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
  return { runtimes: manifest.runtimes.filter((runtime) => runtime.language === language), rows };
}
