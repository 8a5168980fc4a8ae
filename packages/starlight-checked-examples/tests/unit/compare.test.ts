import { describe, expect, it } from 'vitest';
import { compareOutput } from '../../src/engine/compare.ts';

describe('compareOutput', () => {
  it('accepts outputs equal after normalisation', () => {
    expect(compareOutput('<A at 0x7f0000001>\n', '<A at 0x55aa00002>', 'a.out', 'actual')).toBeUndefined();
  });

  it('reports the first differing line of the expected output and a unified diff', () => {
    const mismatch = compareOutput('one\ntwo\nthree\n', 'one\n2\nthree\n', 'x.out', 'actual (CPython)');
    expect(mismatch?.line).toBe(2);
    expect(mismatch?.diff).toContain('--- x.out');
    expect(mismatch?.diff).toContain('+++ actual (CPython)');
    expect(mismatch?.diff).toContain('-two\n+2');
  });

  it('gives a unified diff with three lines of context, headed by the two names', () => {
    const expected = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].join('\n');
    const mismatch = compareOutput(`${expected}\n`, `${expected.replace('5', 'five')}\n`, 'x.out', 'actual (CPython)');
    expect(mismatch).toEqual({
      line: 5,
      diff: ['--- x.out', '+++ actual (CPython)', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8'].join('\n'),
    });
  });

  it('reports extra lines after the expected output at the line after its end', () => {
    expect(compareOutput('a\nb\n', 'a\nb\nc\n', 'x.out', 'actual')).toEqual({ line: 3, diff: '--- x.out\n+++ actual\n@@ -1,2 +1,3 @@\n a\n b\n+c' });
  });

  it('reports missing trailing lines', () => {
    expect(compareOutput('a\nb\n', 'a\n', 'x.out', 'actual')?.line).toBe(2);
  });

  // Only trailing spaces and final newlines are ignored (normalize.ts): indentation and leading blank lines are output.
  it('reports leading whitespace and leading blank lines that differ', () => {
    expect(compareOutput('  a\n', 'a\n', 'x.out', 'actual')).toEqual({ line: 1, diff: expect.stringContaining('-  a\n+a') });
    expect(compareOutput('a\n', '\na\n', 'x.out', 'actual')).toEqual({ line: 1, diff: expect.stringContaining('+\n a') });
    expect(compareOutput('a\n\tb\n', 'a\nb\n', 'x.out', 'actual')?.line).toBe(2);
  });
});
