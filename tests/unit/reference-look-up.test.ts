/** The reference pages' look-up helpers: "On this page" entries, search records, name wrapping, output tables. */
import { describe, expect, it } from 'vitest';
import { apiRecord, recordTitle } from '../../src/search/api-records.ts';
import { API } from '../../src/reference/api.ts';
import { breakAfterDots } from '../../src/reference/break-after-dots.ts';
import { mergeOutputTables } from '../../src/reference/output-table.ts';
import { withApiEntries, type TocItem } from '../../src/reference/toc.ts';
import { entryExample } from '../../src/reference/uses.ts';

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
  const program = (lines: number) => `import weakref\n# region main\n${'print(1)\n'.repeat(lines)}# endregion\n`;
  const example = (path: string, lines: number) => ({ path: `examples/${path}`, absPath: '', language: 'python' as const, source: program(lines), regions: ['main'], outputs: [], verifiedOn: [], verifiedLabel: '', failedOn: [], notRunOn: [] });
  const manifest = {
    checkedAt: '',
    runtimes: [],
    examples: {
      'python/a/long.py': example('python/a/long.py', 20),
      'python/a/short.py': example('python/a/short.py', 3),
      'python/pitfalls/shorter.py': example('python/pitfalls/shorter.py', 1),
      'python/a/medium.py': example('python/a/medium.py', 8),
    },
  };
  const use = (file: string) => ({ file, pages: [{ title: 'T', href: '/t/' }], verifiedOn: [] });

  it('picks the shortest main region, never a pitfall, never over the limit', () => {
    const uses = ['python/a/long.py', 'python/pitfalls/shorter.py', 'python/a/medium.py', 'python/a/short.py'].map(use);
    expect(entryExample(uses, manifest)).toEqual({ file: 'python/a/short.py', region: 'main' });
    expect(entryExample([use('python/a/long.py')], manifest)).toBeUndefined();
  });

  it('never picks an example whose file marks a mistake, however short', () => {
    const marked = { ...example('python/a/tiny.py', 1), source: `${program(1)}# mistake: region main\n` };
    const withMistake = { ...manifest, examples: { ...manifest.examples, 'python/a/tiny.py': marked } };
    const uses = ['python/a/tiny.py', 'python/a/short.py'].map(use);
    expect(entryExample(uses, withMistake)).toEqual({ file: 'python/a/short.py', region: 'main' });
  });
});
