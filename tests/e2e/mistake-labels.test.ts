/**
 * A mistake is labelled wherever it is shown: the label comes from the example file (`# mistake: …`, see
 * the package's src/engine/mistakes.ts), so no page can show wrong-on-purpose code unlabelled, with a green ✓.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, sitePages } from './site.ts';

interface Showing {
  page: string;
  key: string;
  kind: string;
  verifiedMark: boolean;
}

/** Every checked example on every page: file and region, its label kind, and whether its provenance shows ✓. */
function showings(): Showing[] {
  const found: Showing[] = [];
  for (const page of sitePages()) {
    const html = readFileSync(join(DIST, page === '/404.html' ? page : join(page, 'index.html')), 'utf8');
    const figures = html.split('<figure class="checked-example').slice(1);
    for (const figure of figures) {
      const tag = figure.slice(0, figure.indexOf('>'));
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
      const provenance = figure.slice(figure.indexOf('class="provenance'));
      const summary = provenance.slice(0, provenance.indexOf('</summary>'));
      found.push({
        page,
        key: `${attr('data-example')}${attr('data-region') ? `#${attr('data-region')}` : ''}`,
        kind: attr('data-kind') ?? 'none',
        verifiedMark: summary.includes('✓'),
      });
    }
  }
  return found;
}

/** Showings of code labelled a mistake somewhere that are labelled differently elsewhere. */
function unlabelledMistakes(all: Showing[]): string[] {
  const mistakes = new Set(all.filter((s) => s.kind.includes('mistake')).map((s) => s.key));
  const kinds = new Map<string, Set<string>>();
  for (const s of all) if (mistakes.has(s.key)) kinds.set(s.key, (kinds.get(s.key) ?? new Set()).add(s.kind));
  return all.filter((s) => mistakes.has(s.key) && kinds.get(s.key)!.size > 1 && !s.kind.includes('mistake')).map((s) => `${s.page}: ${s.key} (${s.kind})`);
}

describe('mistake labels', () => {
  const all = showings();

  it('finds the showings (control: one relabelled showing is reported)', () => {
    expect(all.length).toBeGreaterThan(150);
    const shown = { key: 'examples/x.py#main', verifiedMark: false };
    const relabelled = [{ ...shown, page: '/a/', kind: 'mistake' }, { ...shown, page: '/b/', kind: 'none' }];
    expect(unlabelledMistakes(relabelled)).toEqual(['/b/: examples/x.py#main (none)']);
  });

  it('shows no example labelled a mistake anywhere unlabelled elsewhere', () => {
    expect(unlabelledMistakes(all)).toEqual([]);
  });

  it('labels the mistakes topic pages show too, without a green check', () => {
    const on = (page: string, key: string) => all.find((s) => s.page === page && s.key === key);
    expect(on('/python/caches/', 'examples/python/caches/check_then_index.py#main')?.kind).toBe('mistake');
    expect(on('/python/ref/', 'examples/python/ref/callback_not_called.py#main')?.kind).toBe('mistake');
    expect(on('/python/threads/', 'examples/python/ref/callback_deadlock.py#main')?.kind).toBe('mistake');
    // A region holding a mistake and its fix: labelled, its wrong lines marked.
    expect(on('/python/weak-dictionaries/', 'examples/python/dicts/value_keeps_key_alive.py#main')?.kind).toBe('part-mistake');
    expect(all.filter((s) => s.kind.includes('mistake') && s.verifiedMark)).toEqual([]);
    expect(all.filter((s) => s.kind.includes('mistake')).length).toBeGreaterThanOrEqual(33);
  });
});
