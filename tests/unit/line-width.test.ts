import { describe, expect, it } from 'vitest';
import { checkLineWidth, MAX_COLUMNS } from '../../src/examples/line-width.ts';

const line = (columns: number) => 'x'.repeat(columns);

describe('example line width', () => {
  it('accepts lines of up to 64 characters, counting characters, not bytes, and ignoring a CR', () => {
    expect(MAX_COLUMNS).toBe(64);
    expect(() => checkLineWidth(`${line(64)}\r\n${'é'.repeat(64)}\n# ${'→'.repeat(62)}\n`, 'x.py')).not.toThrow();
  });

  it('fails the first longer line with file:line, its width and the fix, and names the others', () => {
    expect(() => checkLineWidth(`ok\n${line(65)}\n`, 'examples/python/x.py')).toThrow(
      'examples/python/x.py:2: the line is 65 characters; example lines are at most 64, so they fit a phone: break it, or move a trailing comment onto its own line',
    );
    expect(() => checkLineWidth(`${line(70)}\nok\n${line(80)}\n${line(65)}\n`, 'x.ts')).toThrow(
      'x.ts:1: the line is 70 characters; example lines are at most 64, so they fit a phone: break it, or move a trailing comment onto its own line (also too long: lines 3, 4)',
    );
    expect(() => checkLineWidth(`${line(70)}\n${line(66)}\n`, 'x.ts')).toThrow('(also too long: line 2)');
  });
});
