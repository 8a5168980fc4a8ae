/** The reference entries' search records: which text ranks them (their names) and which only finds them. */
import { describe, expect, it } from 'vitest';
import { API } from '../../src/reference/api.ts';
import { apiRecord, searchNames } from '../../src/search/api-records.ts';

const entry = (id: string) => API.find((e) => e.id === id)!;
/** The record's blocks that count for its rank: [data-pagefind-weight, text]. */
const ranked = (html: string) => [...html.matchAll(/data-pagefind-weight="([^"]*)">([^<]*)</g)].filter((m) => m[1] !== '0').map((m) => [Number(m[1]), m[2]]);
const unranked = (html: string) => [...html.matchAll(/data-pagefind-weight="0">([^<]*)</g)].map((m) => m[1]);
const meta = (html: string, field: string) => new RegExp(`data-pagefind-meta="${field}:([^"]*)"`).exec(html)?.[1];

describe('searchNames', () => {
  it('names a Python entry as written and with its module', () => {
    expect(searchNames(entry('finalize.detach'))).toEqual(['finalize.detach', 'weakref.finalize.detach']);
    expect(searchNames(entry('WeakSet'))).toEqual(['WeakSet', 'weakref.WeakSet']);
  });

  it('names a JavaScript method with and without its prototype', () => {
    expect(searchNames(entry('WeakMap.prototype.get'))).toEqual(['WeakMap.prototype.get', 'WeakMap.get']);
    expect(searchNames(entry('WeakRef'))).toEqual(['WeakRef']);
  });
});

describe('apiRecord', () => {
  it('ranks by its names only, the short one most, and carries every name as metadata', () => {
    const html = apiRecord(entry('FinalizationRegistry.prototype.unregister')).html;
    expect(ranked(html)).toEqual([
      [10, 'unregister'],
      [3, 'FinalizationRegistry.prototype.unregister FinalizationRegistry.unregister'],
    ]);
    expect(ranked(apiRecord(entry('WeakMap')).html)).toEqual([[10, 'WeakMap']]);
    expect(meta(html, 'names')).toBe('unregister FinalizationRegistry.prototype.unregister FinalizationRegistry.unregister');
  });

  it('lets its text find it but not rank it', () => {
    const text = unranked(apiRecord(entry('ref')).html);
    expect(text[0]).toBe('weakref.ref(object[, callback])');
    expect(text.join(' ')).toContain('Several callbacks on one object run newest first.');
  });

  it("weights a name a little less when it is another's plural, which the search cannot tell apart", () => {
    expect(ranked(apiRecord(entry('ProxyTypes')).html)).toEqual([[9, 'ProxyTypes'], [2.7, 'weakref.ProxyTypes']]);
    expect(ranked(apiRecord(entry('ProxyType')).html)).toEqual([[10, 'ProxyType'], [3, 'weakref.ProxyType']]);
    // Without the singular among the entries, the plural is weighted as any name.
    const alone = API.filter((e) => e.id !== 'ProxyType');
    expect(ranked(apiRecord(entry('ProxyTypes'), alone).html)).toEqual([[10, 'ProxyTypes'], [3, 'weakref.ProxyTypes']]);
  });
});
