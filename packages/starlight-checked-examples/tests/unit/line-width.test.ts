import { describe, expect, it } from 'vitest';
import { checkLineWidth, MAX_COLUMNS, MAX_COMMENT_COLUMNS } from '../../src/engine/line-width.ts';

const line = (columns: number) => 'x'.repeat(columns);

describe('example line width', () => {
  it('accepts code lines of up to 64 characters, counting characters, not bytes, and ignoring a CR', () => {
    expect(MAX_COLUMNS).toBe(64);
    expect(() => checkLineWidth(`${line(64)}\r\n${'é'.repeat(64)}\n# ${'→'.repeat(48)}\n`, 'python', 'x.py')).not.toThrow();
  });

  it('fails the first longer line with file:line, its width and the fix, and names the others', () => {
    expect(() => checkLineWidth(`ok\n${line(65)}\n`, 'python', 'examples/python/x.py')).toThrow(
      'examples/python/x.py:2: the line is 65 characters; example lines are at most 64, so they fit the page: break it, or move a trailing comment onto its own line',
    );
    expect(() => checkLineWidth(`${line(70)}\nok\n${line(80)}\n${line(65)}\n`, 'ts', 'x.ts')).toThrow(
      'x.ts:1: the line is 70 characters; example lines are at most 64, so they fit the page: break it, or move a trailing comment onto its own line (also too long: lines 3, 4)',
    );
    expect(() => checkLineWidth(`${line(70)}\n${line(66)}\n`, 'ts', 'x.ts')).toThrow('(also too long: line 2)');
  });

  it('holds comment lines to 50 characters, in either language, and only comment lines', () => {
    expect(MAX_COMMENT_COLUMNS).toBe(50);
    const comment = (mark: string) => `${mark} ${line(50 - mark.length - 1)}`;
    expect(() => checkLineWidth(`${comment('#')}\nx = 1  # ${line(40)}\n`, 'python', 'x.py')).not.toThrow();
    expect(() => checkLineWidth(`${comment('//')}\n${comment(' *')}\n`, 'ts', 'x.ts')).not.toThrow();
    expect(() => checkLineWidth(`x = 1\n    ${comment('#')}\n`, 'python', 'examples/python/x.py')).toThrow(
      'examples/python/x.py:2: the line is 54 characters; comment lines are at most 50, so they fit a phone: rewrap the comment',
    );
    for (const mark of ['//', '/*', ' *']) {
      expect(() => checkLineWidth(`${comment(mark)}x\n`, 'ts', 'x.ts'), mark).toThrow('x.ts:1: the line is 51 characters; comment lines');
    }
    // A '#' is not a comment in TypeScript.
    expect(() => checkLineWidth(`# ${line(60)}\n`, 'ts', 'x.ts')).not.toThrow();
  });
});
