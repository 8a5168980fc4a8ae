import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExpressiveCodeEngine } from '@expressive-code/core';
import { toHtml } from '@expressive-code/core/hast';
import { afterAll, describe, expect, it } from 'vitest';
import { displayedHovers, pluginTypeHovers } from '../../src/expressive-code/type-hovers/plugin.ts';
import { TOOLTIP_SCRIPT } from '../../src/expressive-code/type-hovers/tooltip-script.ts';
import { typeHovers } from '../../src/expressive-code/type-hovers/type-info.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'hover', 'examples', 'ts');
const indented = join(fixtures, 'indented.ts');
const documented = join(fixtures, 'documented.ts');

describe('type hovers: mapping to displayed lines', () => {
  it('types every identifier of the whole file (markers are not displayed)', () => {
    const hovers = displayedHovers(indented);
    expect(hovers).toContainEqual({ line: 0, start: 16, end: 22, text: 'function answer(): number' });
    expect(hovers).toContainEqual({ line: 1, start: 8, end: 13, text: 'const value: number' });
    expect(hovers).toContainEqual({ line: 2, start: 9, end: 14, text: 'const value: number' });
  });

  it('maps a region back to its displayed lines and columns (markers and indentation removed)', () => {
    expect(displayedHovers(indented, 'body')).toEqual([
      { line: 0, start: 6, end: 11, text: 'const value: number' },
      { line: 1, start: 7, end: 12, text: 'const value: number' },
    ]);
  });

  it('gives a region the types of the whole file, through nested regions', () => {
    // `double` and `ref` are declared outside region "inner"; their types still come from the whole program.
    const inner = displayedHovers(documented, 'inner');
    expect(inner.every((hover) => hover.line === 0)).toBe(true);
    expect(inner).toContainEqual({ line: 0, start: 12, end: 15, text: 'const ref: WeakRef<{\n    n: number;\n}>' });
    const outer = displayedHovers(documented, 'outer');
    expect(new Set(outer.map((hover) => hover.line))).toEqual(new Set([0, 1])); // two code lines, no marker lines
    expect(outer.filter((hover) => hover.line === 1)).toEqual(inner.map((hover) => ({ ...hover, line: 1 })));
  });

  it('adds the first paragraph of a documentation comment', () => {
    const calls = displayedHovers(documented, 'outer').filter((hover) => hover.text.startsWith('function double'));
    expect(calls).toEqual([{ line: 0, start: 29, end: 35, text: 'function double(value: number): number', doc: 'Doubles a number.' }]);
  });
});

describe('type hovers: language service', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hover-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('types a file added after the service started (astro dev)', () => {
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'first.ts'), 'export const first = 1;\n');
    expect(typeHovers(dir, join(dir, 'a', 'first.ts'))).toEqual([{ line: 1, start: 13, end: 18, text: 'const first: 1' }]);
    writeFileSync(join(dir, 'a', 'second.ts'), 'export const second = "two";\n');
    expect(typeHovers(dir, join(dir, 'a', 'second.ts'))).toEqual([{ line: 1, start: 13, end: 19, text: 'const second: "two"' }]);
  });
});

describe('type hovers: rendered code block', () => {
  it('wraps each identifier in a focusable span carrying its type, outside the code text', async () => {
    const engine = new ExpressiveCodeEngine({ plugins: [pluginTypeHovers()] });
    const { renderedGroupAst } = await engine.render({ code: 'const value: number = 42;\nreturn value;', language: 'ts', meta: `example="${indented}" region="body"` });
    const html = toHtml(renderedGroupAst);
    expect(html).toContain('<span class="type-hover" data-type="const value: number" tabindex="0">value</span>');
    expect(html.match(/class="type-hover"/g)).toHaveLength(2);
  });

  it('leaves blocks without an example alone', async () => {
    const engine = new ExpressiveCodeEngine({ plugins: [pluginTypeHovers()] });
    const { renderedGroupAst } = await engine.render({ code: 'const x = 1;', language: 'ts', meta: '' });
    expect(toHtml(renderedGroupAst)).not.toContain('type-hover');
  });

  it('ships its script and styles', async () => {
    const engine = new ExpressiveCodeEngine({ plugins: [pluginTypeHovers()] });
    expect((await engine.getJsModules()).map((module) => module.trim())).toContain(TOOLTIP_SCRIPT.trim());
    expect(() => new Function(TOOLTIP_SCRIPT)).not.toThrow(); // it parses
    const styles = await engine.getBaseStyles();
    expect(styles).toContain('body .type-tooltip{'); // the tooltip lives in <body>: not scoped to code blocks
    expect(styles).toContain(':root:not(.type-tooltips) .type-hover:is(:hover, :focus)::after{'); // no-JS fallback
  });
});
