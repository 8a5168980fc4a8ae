/**
 * Which lines of an example are wrong on purpose. The label belongs to the example file, not to the page that
 * shows it, so every page that shows a mistake labels it. A comment in the file says which part is wrong:
 *   # mistake: whole file                  (Python)
 *   # mistake: region main                 the lines of one region (or `regions mistake, holder`)
 *   // mistake: region mistake             (TypeScript; other languages: their line comment)
 * The check validates the markers when it loads an example (check.ts), so a bad one fails the command-line check as
 * it fails the build; the label changes how a page shows the code, not how it is run.
 */
import { LocatedError } from './errors.ts';
import { anyLineComment } from './languages/registry.ts';
import { parseRegions } from './regions.ts';
import type { LanguageId } from './types.ts';

/** The 1-based source lines that are wrong on purpose (empty when the file marks none). */
export function mistakeLines(source: string, language: LanguageId, file: string): Set<number> {
  const marker = new RegExp(`^\\s*${anyLineComment()}\\s*mistake:\\s*(.*?)\\s*\\r?$`);
  const lines = new Set<number>();
  const all = source.replace(/\n$/, '').split('\n');
  all.forEach((text, index) => {
    const value = marker.exec(text)?.[1];
    if (value === undefined) return;
    if (value === 'whole file') {
      all.forEach((_, i) => lines.add(i + 1));
      return;
    }
    const names = /^regions? (.+)$/.exec(value)?.[1]?.split(/\s*,\s*/);
    if (!names) throw new LocatedError(file, index + 1, `"mistake: ${value}": expected "mistake: whole file" or "mistake: region <name>[, <name>…]"`);
    const regions = parseRegions(source, language, file);
    for (const name of names) {
      const region = regions.get(name);
      if (!region) throw new LocatedError(file, index + 1, `"mistake: ${value}": no region named "${name}"`);
      for (let line = region.startLine; line <= region.endLine; line++) lines.add(line);
    }
  });
  return lines;
}

/**
 * How much of a showing is wrong on purpose, judged on its non-blank lines: `all`, `part` (with the 1-based
 * displayed lines that are, for line markers) or none.
 */
export function mistakeInShowing(
  shownLines: number[],
  shownText: string[],
  wrong: Set<number>,
): { kind: 'all' } | { kind: 'part'; displayed: number[] } | undefined {
  const lines = shownLines.map((line, i) => ({ line, displayed: i + 1, blank: !shownText[i]?.trim() }));
  const code = lines.filter((l) => !l.blank);
  const marked = code.filter((l) => wrong.has(l.line));
  if (marked.length === 0) return undefined;
  if (marked.length === code.length) return { kind: 'all' };
  // Blank lines inside a wrong region are marked too, so the region reads as one block.
  return { kind: 'part', displayed: lines.filter((l) => wrong.has(l.line)).map((l) => l.displayed) };
}

export type ShownKind = 'mistake' | 'part-mistake' | 'fix';

/**
 * The label of one showing: from the file for a mistake, from the page (`kind="fix"`) for a fix. A page that
 * contradicts the file fails the build; `where` names the page and its `<Example>`, `path` the example's file
 * from the project root (`examples/python/x.py`).
 */
export function shownKind(pageKind: string | undefined, mistake: ReturnType<typeof mistakeInShowing>, where: string, path: string): ShownKind | undefined {
  if (pageKind !== undefined && pageKind !== 'fix') {
    throw new Error(`${where}: kind is "fix" (a mistake is marked in ${path} with a "mistake:" comment)`);
  }
  if (mistake && pageKind === 'fix') {
    throw new Error(`${where}: ${path} marks this code as a mistake ("mistake:" comment), the page calls it a fix`);
  }
  if (mistake) return mistake.kind === 'all' ? 'mistake' : 'part-mistake';
  return pageKind;
}
