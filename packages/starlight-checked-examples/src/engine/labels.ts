/**
 * Short labels for groups of runtimes that behaved alike: versions of one family share its name, engines are
 * named once: `CPython 3.11 · 3.12 · 3.13 · 3.14, PyPy 3.9`, `Node 24 (V8), Bun 1.4 (JavaScriptCore)`.
 * With `ranges`, three or more consecutive versions become one range (`CPython 3.11–3.14, PyPy 3.9`), short
 * enough for the one-line provenance under an example on a phone.
 */
import type { RuntimeBrief } from './types.ts';

export function groupLabel(runtimes: RuntimeBrief[], { ranges = false } = {}): string {
  const families = new Map<string, { versions: string[]; engine?: string }>();
  for (const { family, shortVersion, engine } of runtimes) {
    const entry = families.get(family) ?? { versions: [], engine };
    if (!entry.versions.includes(shortVersion)) entry.versions.push(shortVersion);
    families.set(family, entry);
  }
  return [...families]
    .map(([family, { versions, engine }]) => {
      const listed = ranges ? versionRanges(versions) : versions;
      return `${family} ${listed.join(' · ')}${engine ? ` (${engine})` : ''}`;
    })
    .join(', ');
}

/** `3.11 3.12 3.13 3.14 3.9` (order kept) → `3.11–3.14 · 3.9`: runs of 3+ consecutive minor versions. */
function versionRanges(versions: string[]): string[] {
  const parsed = versions.map((version) => version.match(/^(\d+)\.(\d+)$/));
  const out: string[] = [];
  for (let start = 0; start < versions.length; ) {
    let end = start;
    const next = (i: number) => parsed[i] && parsed[i + 1] && parsed[i]![1] === parsed[i + 1]![1] && Number(parsed[i]![2]) + 1 === Number(parsed[i + 1]![2]);
    while (next(end)) end++;
    if (end - start >= 2) out.push(`${versions[start]}–${versions[end]}`);
    else out.push(...versions.slice(start, end + 1));
    start = end + 1;
  }
  return out;
}
