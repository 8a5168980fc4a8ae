/** The reference pages' look-up helpers: "On this page" entries, search records, name wrapping, output tables. */
import { describe, expect, it } from 'vitest';
import { apiRecord, recordTitle } from '../../src/search/api-records.ts';
import { API } from '../../src/reference/api.ts';
import { breakAfterDots } from '../../src/reference/break-after-dots.ts';
import { mergeOutputTables } from '../../src/reference/output-table.ts';
import { withApiEntries, type TocItem } from '../../src/reference/toc.ts';
import { ENTRY_EXAMPLE_LINES, entryExample, examplesUsing } from '../../src/reference/uses.ts';
import type { ApiEntry } from '../../src/reference/api.ts';
import { loadExamples, unverifiedManifest } from 'starlight-checked-examples/engine';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const group = (text: string): TocItem => ({ depth: 2, slug: text.toLowerCase(), text, children: [] });

describe('withApiEntries', () => {
  it('puts each entry under the group heading before it', () => {
    const items = [group('References'), group('Collections')];
    const source = '## References\n\n<ApiEntry language="python" id="ref" />\n\n## Collections\n\n<ApiEntry language="python" id="WeakSet" />\n';
    withApiEntries(items, source);
    expect(items.map((item) => item.children.map((child) => child.slug))).toEqual([['ref'], ['WeakSet']]);
  });

  it('names a JavaScript method without its prototype path', () => {
    const items = [group('WeakMap')];
    withApiEntries(items, '## WeakMap\n<ApiEntry language="js" id="WeakMap.prototype.getOrInsertComputed" />');
    expect(items[0]!.children.map((child) => [child.slug, child.text])).toEqual([['WeakMap.prototype.getOrInsertComputed', 'getOrInsertComputed']]);
  });

  it('fails for an unknown entry or one before any group', () => {
    expect(() => withApiEntries([group('A')], '## A\n<ApiEntry language="python" id="nope" />')).toThrow(/no such entry/);
    expect(() => withApiEntries([], '<ApiEntry language="python" id="ref" />')).toThrow(/before any ## heading/);
  });
});

describe('apiRecord', () => {
  const entry = API.find((e) => e.id === 'finalize.alive')!;
  it('links to the entry and titles it with name, language and kind', () => {
    expect(apiRecord(entry).url).toBe('/reference/python/#finalize.alive');
    expect(apiRecord(entry).html).toContain(`data-pagefind-meta="title:${recordTitle(entry)}"`);
    expect(recordTitle(entry)).toBe('finalize.alive (Python attribute)');
  });

  it("weights a member's short name, not its owner's", () => {
    expect(apiRecord(entry).html).toContain('<h1 data-pagefind-weight="10">alive</h1>');
  });

  it('leaves no backticks and no raw markup in the text', () => {
    for (const e of API) expect(apiRecord(e).html.replace(/<[^>]*>/g, '')).not.toMatch(/[`<>]/);
  });
});

describe('breakAfterDots', () => {
  it('allows a break after each dot only', () => {
    expect(breakAfterDots('FinalizationRegistry.prototype.unregister')).toBe('FinalizationRegistry.<wbr>prototype.<wbr>unregister');
    expect(breakAfterDots('a<b')).toBe('a&lt;b');
  });
});

describe('mergeOutputTables', () => {
  const cpython = '| object | weakref.ref |\n| --- | --- |\n| list | no (TypeError) |\n| set | yes |\n';
  it('makes one column per output', () => {
    const merged = mergeOutputTables([{ label: 'CPython', stdout: cpython }, { label: 'PyPy', stdout: cpython.replace('no (TypeError)', 'yes') }]);
    expect(merged).toEqual({
      rowHeading: 'object',
      columns: ['CPython', 'PyPy'],
      rows: [{ name: 'list', cells: ['no (TypeError)', 'yes'] }, { name: 'set', cells: ['yes', 'yes'] }],
    });
  });

  it('fails when the rows do not line up', () => {
    expect(() => mergeOutputTables([{ label: 'CPython', stdout: cpython }, { label: 'PyPy', stdout: cpython.replace('| set |', '| dict |') }])).toThrow(/do not line up/);
  });
});

describe('entryExample', () => {
  const program = (lines: number, name = 'WeakSet') => `import weakref\ns = weakref.${name}()\n# region main\n${'print(1)\n'.repeat(lines - 1)}print(s)\n# endregion\n`;
  const example = (path: string, source: string) => ({ path: `examples/${path}`, absPath: '', language: 'python' as const, source, regions: ['main'], outputs: [], verifiedOn: [], verifiedLabel: '', failedOn: [], notRunOn: [] });
  const withMain = (lines: number) => program(lines).replace('print(s)\n# endregion', 's.add(1)\n# endregion');
  const manifest = {
    checkedAt: '',
    runtimes: [],
    examples: {
      'python/a/short.py': example('python/a/short.py', withMain(3)),
      'python/a/long.py': example('python/a/long.py', withMain(ENTRY_EXAMPLE_LINES + 1)),
      'python/a/outside.py': example('python/a/outside.py', program(3)),
      'python/pitfalls/pitfall.py': example('python/pitfalls/pitfall.py', withMain(3)),
      'python/a/mistake.py': example('python/a/mistake.py', `${withMain(3)}# mistake: region main\n`),
    },
  };
  const uses = Object.keys(manifest.examples).map((file) => ({ file, pages: [{ title: 'T', href: '/t/' }], verifiedOn: [] }));
  const entry = (example?: string): ApiEntry => ({ ...API.find((e) => e.language === 'python' && e.id === 'WeakSet')!, usedBy: /WeakSet\(|\.add\(/, example });

  it("shows the entry's own choice, its main region", () => {
    expect(entryExample(entry('python/a/short.py'), uses, manifest)).toEqual({ file: 'python/a/short.py', region: 'main' });
    expect(entryExample(entry(), uses, manifest)).toBeUndefined();
  });

  it('refuses an example whose shown lines do not use the name (the file uses it only outside the region)', () => {
    // outside.py makes its WeakSet above the region; the region only prints it.
    expect(() => entryExample({ ...entry('python/a/outside.py'), usedBy: /WeakSet\(/ }, uses, manifest)).toThrow(/only outside its main region/);
  });

  it('refuses a mistake, a pitfall, a long one and one that does not use it at all', () => {
    expect(() => entryExample(entry('python/a/mistake.py'), uses, manifest)).toThrow(/mistake or a pitfall/);
    expect(() => entryExample(entry('python/pitfalls/pitfall.py'), uses, manifest)).toThrow(/mistake or a pitfall/);
    expect(() => entryExample(entry('python/a/long.py'), uses, manifest)).toThrow(/at most 20/);
    expect(() => entryExample(entry('python/a/short.py'), uses.slice(1), manifest)).toThrow(/not one of the examples that use it/);
  });
});

describe("the reference entries' examples", () => {
  const manifest = unverifiedManifest(loadExamples(process.cwd(), join(process.cwd(), 'examples')));
  const pages = { python: 'python', js: 'javascript' } as const;
  const slotted = (e: ApiEntry) =>
    new RegExp(`<ApiEntry language="${e.language}" id="${e.id.replace(/\./g, '\\.')}">`).test(readFileSync(`src/content/docs/reference/${pages[e.language]}.mdx`, 'utf8'));

  it.each(API.map((e) => [`${e.language} ${e.id}`, e] as const))('%s: its example is valid, and one is chosen wherever one could be', (_, e) => {
    const uses = examplesUsing(e, manifest);
    if (slotted(e)) {
      // The page gives it an example; a second choice in the data would be ignored.
      expect(e.example).toBeUndefined();
      return;
    }
    if (e.example) {
      expect(entryExample(e, uses, manifest)).toEqual({ file: e.example, region: 'main' });
      return;
    }
    const usable = uses.filter((use) => {
      try {
        return entryExample({ ...e, example: use.file }, uses, manifest) !== undefined;
      } catch {
        return false;
      }
    });
    expect(usable.map((use) => use.file), 'choose one of these as the entry\'s example').toEqual([]);
  });

  it('gives no two entries the same usedBy: a member copying its class\'s pattern counts every example of the class as using it', () => {
    const key = (e: ApiEntry) => `${e.language} ${[e.usedBy].flat().map(String).join(' ')}`;
    const seen = new Map<string, string>();
    const copies = API.flatMap((e) => {
      const first = seen.get(key(e));
      seen.set(key(e), first ?? e.id);
      return first ? [`${e.id} = ${first}`] : [];
    });
    expect(copies).toEqual([]);
  });
});
