/** The reference entries' search records: which text ranks them (their names) and which only finds them. */
import { describe, expect, it } from 'vitest';
import { API } from '../../src/reference/api.ts';
import { apiRecord, searchNames } from '../../src/search/api-records.ts';

const entry = (id: string) => API.find((e) => e.id === id)!;
/** The text of the record's blocks with a given data-pagefind-weight. */
const weighted = (html: string, weight: string) => [...html.matchAll(new RegExp(`data-pagefind-weight="${weight}">([^<]*)<`, 'g'))].map((m) => m[1]);
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
  it('weights the names most and carries every name, short and long, as metadata', () => {
    const html = apiRecord(entry('FinalizationRegistry.prototype.unregister')).html;
    expect(weighted(html, '10')).toEqual(['unregister', 'FinalizationRegistry.prototype.unregister FinalizationRegistry.unregister']);
    expect(meta(html, 'names')).toBe('unregister FinalizationRegistry.prototype.unregister FinalizationRegistry.unregister');
  });

  it('lets its text find it but not rank it', () => {
    const html = apiRecord(entry('ref')).html;
    const text = weighted(html, '0');
    expect(text[0]).toBe('weakref.ref(object[, callback])');
    expect(text.join(' ')).toContain('callback');
    expect(html.match(/data-pagefind-weight="/g)).toHaveLength(2 + text.length);
  });

  it("weights a name a little less when it is another's plural, which the search cannot tell apart", () => {
    expect(weighted(apiRecord(entry('ProxyTypes')).html, '9')).toEqual(['ProxyTypes', 'weakref.ProxyTypes']);
    expect(weighted(apiRecord(entry('ProxyType')).html, '10')).toEqual(['ProxyType', 'weakref.ProxyType']);
    // Without the singular among the entries, the plural is weighted as any name.
    const alone = API.filter((e) => e.id !== 'ProxyType');
    expect(weighted(apiRecord(entry('ProxyTypes'), alone).html, '10')).toEqual(['ProxyTypes', 'weakref.ProxyTypes']);
  });
});
