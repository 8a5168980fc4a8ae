import { describe, expect, it } from 'vitest';
import { groupLabel } from '../../src/examples/labels.ts';

describe('runtime group labels', () => {
  it('names a family once and lists its versions', () => {
    const cpython = (v: string) => ({ family: 'CPython', shortVersion: v });
    expect(groupLabel([cpython('3.11'), cpython('3.12'), cpython('3.13'), cpython('3.14'), { family: 'PyPy', shortVersion: '3.9' }])).toBe(
      'CPython 3.11 · 3.12 · 3.13 · 3.14, PyPy 3.9',
    );
  });

  it('names the engine of a JavaScript runtime', () => {
    expect(groupLabel([{ family: 'Node', shortVersion: '24', engine: 'V8' }, { family: 'Bun', shortVersion: '1.4', engine: 'JavaScriptCore' }])).toBe(
      'Node 24 (V8), Bun 1.4 (JavaScriptCore)',
    );
  });
});
