/**
 * Short labels for groups of runtimes that behaved alike: versions of one family share its name, engines are
 * named once: `CPython 3.11 · 3.12 · 3.13 · 3.14, PyPy 3.9`, `Node 24 (V8), Bun 1.4 (JavaScriptCore)`.
 */
import type { RuntimeBrief } from './types.ts';

export function groupLabel(runtimes: RuntimeBrief[]): string {
  const families = new Map<string, { versions: string[]; engine?: string }>();
  for (const { family, shortVersion, engine } of runtimes) {
    const entry = families.get(family) ?? { versions: [], engine };
    if (!entry.versions.includes(shortVersion)) entry.versions.push(shortVersion);
    families.set(family, entry);
  }
  return [...families]
    .map(([family, { versions, engine }]) => `${family} ${versions.join(' · ')}${engine ? ` (${engine})` : ''}`)
    .join(', ');
}
