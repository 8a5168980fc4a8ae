/** The reader-facing transforms: API names linked to their entries, tables labelled for phones, diagram sources. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramProblems, inlineDiagram } from '../../src/components/diagram-source.ts';
import { apiFor, linkFor, pageLanguage } from '../../src/markdown/api-links.ts';
import { labelTable } from '../../src/markdown/readable-tables.ts';
import type { HastElement, HastNode } from '../../src/markdown/hast.ts';
import { API, entryHref } from '../../src/reference/api.ts';

const href = (code: string, language: 'python' | 'js') => {
  const entry = apiFor(code, language);
  return entry && entryHref(entry);
};

describe('API names in prose', () => {
  it('links Python names, with or without the module and arguments', () => {
    expect(href('WeakValueDictionary', 'python')).toBe('/reference/python/#WeakValueDictionary');
    expect(href('weakref.finalize(obj, func)', 'python')).toBe('/reference/python/#finalize');
    expect(href('weakref.ref', 'python')).toBe('/reference/python/#ref');
    expect(href('detach()', 'python')).toBe('/reference/python/#finalize.detach');
    expect(href('keyrefs()', 'python')).toBe('/reference/python/#WeakKeyDictionary.keyrefs');
    expect(href('d.itervaluerefs()', 'python')).toBe('/reference/python/#WeakValueDictionary.valuerefs');
  });

  it('links JavaScript names, and the one name both languages share by the page', () => {
    expect(href('deref()', 'js')).toBe('/reference/javascript/#WeakRef.prototype.deref');
    expect(href('new WeakRef(target)', 'js')).toBe('/reference/javascript/#WeakRef');
    expect(href('unregister(token)', 'js')).toBe('/reference/javascript/#FinalizationRegistry.prototype.unregister');
    expect(href('WeakSet', 'js')).toBe('/reference/javascript/#WeakSet');
    expect(href('WeakSet', 'python')).toBe('/reference/python/#WeakSet');
    expect(href('FinalizationRegistry', 'python')).toBe('/reference/javascript/#FinalizationRegistry');
  });

  it('leaves ordinary code and other languages\' meanings alone', () => {
    expect(href('ref', 'python')).toBeUndefined(); // usually a variable in the examples
    expect(href('gc.collect()', 'python')).toBeUndefined();
    expect(href('ReferenceError', 'js')).toBeUndefined(); // JavaScript's own ReferenceError is unrelated
  });

  it('does not link inside links, headings or code blocks', () => {
    const code: HastNode = { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: 'WeakSet' }] };
    const heading: HastNode = { type: 'element', tagName: 'h2', properties: {}, children: [] };
    const paragraph: HastNode = { type: 'element', tagName: 'p', properties: {}, children: [] };
    expect(linkFor(code, 'WeakSet', [heading], 'python')).toBeUndefined();
    expect(linkFor(code, 'WeakSet', [paragraph], 'python')?.properties.href).toBe('/reference/python/#WeakSet');
  });

  it('knows a page\'s language from its path', () => {
    expect(pageLanguage('/x/src/content/docs/js/weakref.mdx')).toBe('js');
    expect(pageLanguage('/x/src/content/docs/pitfalls/javascript.mdx')).toBe('js');
    expect(pageLanguage('/x/src/content/docs/python/ref.mdx')).toBe('python');
  });

  it('has one entry per id and language', () => {
    const keys = API.map((entry) => `${entry.language}:${entry.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('tables on phones', () => {
  it('labels every cell with its column heading and keeps table roles', () => {
    const cell = (tag: string, text: string): HastElement => ({ type: 'element', tagName: tag, properties: {}, children: [{ type: 'text', value: text }] });
    const row = (...cells: HastElement[]): HastElement => ({ type: 'element', tagName: 'tr', properties: {}, children: cells });
    const table: HastElement = {
      type: 'element', tagName: 'table', properties: {}, children: [
        { type: 'element', tagName: 'thead', properties: {}, children: [row(cell('th', 'Name'), cell('th', 'What it does'))] },
        { type: 'element', tagName: 'tbody', properties: {}, children: [row(cell('td', 'ref'), cell('td', 'a weak reference'))] },
      ],
    };
    labelTable(table);
    const bodyRow = (table.children[1] as HastElement).children[0] as HastElement;
    expect(bodyRow.children.map((c) => (c as HastElement).properties.dataLabel)).toEqual(['Name', 'What it does']);
    expect(table.properties.role).toBe('table');
    expect(bodyRow.properties.role).toBe('row');
  });
});

describe('diagram sources', () => {
  const DIAGRAMS = join(import.meta.dirname, '..', '..', 'src', 'diagrams');

  it('rejects a diagram without a text alternative', () => {
    expect(diagramProblems('<svg viewBox="0 0 10 10"><title id="title">A box</title></svg>')).toEqual([
      'needs a <desc id="desc"> that says what the diagram shows',
    ]);
  });

  it('gives every diagram a title and a description, and prefixes its ids when inlined', () => {
    const files = readdirSync(DIAGRAMS).filter((name) => name.endsWith('.svg'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const source = readFileSync(join(DIAGRAMS, file), 'utf8');
      expect(diagramProblems(source), file).toEqual([]);
      const name = file.replace(/\.svg$/, '');
      const inlined = inlineDiagram(name, source);
      expect(inlined).toContain(`aria-labelledby="${name}-title"`);
      expect(inlined).not.toMatch(/url\(#arrow\)|id="title"/);
    }
  });
});
