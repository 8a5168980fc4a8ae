import { describe, expect, it } from 'vitest';
import { compareOutput } from '../../src/examples/compare.ts';

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

  it('reports missing trailing lines', () => {
    expect(compareOutput('a\nb\n', 'a\n', 'x.out', 'actual')?.line).toBe(2);
  });
});
