import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayedHovers } from '../../src/hover/plugin.ts';

const file = join(import.meta.dirname, '..', 'fixtures', 'hover', 'examples', 'ts', 'indented.ts');

describe('type hovers', () => {
  it('types every identifier of the whole file', () => {
    const hovers = displayedHovers(file);
    expect(hovers).toContainEqual({ line: 0, start: 16, end: 22, text: 'function answer(): number' });
    expect(hovers).toContainEqual({ line: 2, start: 9, end: 14, text: 'const value: number' }); // markers are not displayed
  });

  it('maps a region back to its displayed lines and columns (markers and indentation removed)', () => {
    const hovers = displayedHovers(file, 'body');
    expect(hovers).toEqual([
      { line: 0, start: 6, end: 11, text: 'const value: number' },
      { line: 1, start: 7, end: 12, text: 'const value: number' },
    ]);
  });
});
