/**
 * A language of a site's own, registered beside Python and TypeScript: its files are examples, its line comment
 * carries `check:`, `mistake:` and region markers, its comment lines have the phone width, and its outputs share
 * its files' stem.
 */
import { describe, expect, it } from 'vitest';
import { expectedPath } from '../../src/engine/expected.ts';
import { exampleStem, languageById, languageOfFile, registerLanguage } from '../../src/engine/languages/registry.ts';
import { checkLineWidth } from '../../src/engine/line-width.ts';
import { mistakeLines } from '../../src/engine/mistakes.ts';
import { parseRegions, snippet } from '../../src/engine/regions.ts';
import { readDirectives } from '../../src/engine/directives.ts';
import type { ExampleFile } from '../../src/engine/types.ts';

registerLanguage({ id: 'sql', label: 'SQL', extensions: ['.sql', '.pg.sql'], lineComment: '--', codeLang: 'sql' });

const SOURCE = ['-- check: timeout=5', '-- region main', 'select 1;', '-- mistake: region main', '-- endregion', 'select 2;', ''].join('\n');

describe('a registered language', () => {
  it('finds its files by extension, the longest that matches', () => {
    expect(languageOfFile('examples/sql/x.sql')?.id).toBe('sql');
    expect(exampleStem('examples/sql/x.pg.sql')).toBe('examples/sql/x');
    expect(expectedPath({ absPath: '/p/examples/sql/x.pg.sql' } as ExampleFile, 'pg')).toBe('/p/examples/sql/x.pg.out');
    expect(languageOfFile('examples/sql/x.sqlite')).toBeUndefined();
  });

  it('reads check:, region and mistake: lines written with its line comment', () => {
    expect(readDirectives(SOURCE, 'x.sql').timeoutMs).toBe(5000);
    expect(parseRegions(SOURCE, 'sql', 'x.sql').get('main')).toEqual({ name: 'main', startLine: 2, endLine: 5 });
    expect(snippet(SOURCE, 'sql', 'x.sql', 'main').code).toBe('select 1;\n-- mistake: region main');
    expect([...mistakeLines(SOURCE, 'sql', 'x.sql')]).toEqual([2, 3, 4, 5]);
  });

  it('holds its comment lines to the phone width', () => {
    expect(() => checkLineWidth(`-- ${'x'.repeat(50)}\n`, 'sql', 'x.sql')).toThrow('x.sql:1: the line is 53 characters; comment lines are at most 50');
    expect(() => checkLineWidth(`select '${'x'.repeat(50)}';\n`, 'sql', 'x.sql')).not.toThrow();
  });

  it('is refused when it claims another language\'s extension or .out, and unknown ids are named', () => {
    expect(() => registerLanguage({ id: 'mython', label: 'M', extensions: ['.py'], lineComment: '#', codeLang: 'python' })).toThrow('language mython: .py files are already python examples');
    expect(() => registerLanguage({ id: 'out', label: 'O', extensions: ['.out'], lineComment: '#', codeLang: 'text' })).toThrow('language out: ".out" is not a file extension examples may have');
    expect(() => languageById('cobol')).toThrow('unknown language "cobol" (known: python, ts, sql)');
  });
});
