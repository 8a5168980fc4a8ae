import { describe, expect, it } from 'vitest';
import { groupLabel } from '../../src/engine/labels.ts';

describe('runtime group labels', () => {
  it('names a family once and lists its versions', () => {
    const cpython = (v: string) => ({ family: 'CPython', shortVersion: v });
    expect(groupLabel([cpython('3.11'), cpython('3.12'), cpython('3.13'), cpython('3.14'), { family: 'PyPy', shortVersion: '3.9' }])).toBe(
      'CPython 3.11 · 3.12 · 3.13 · 3.14, PyPy 3.9',
    );
  });

  it('shortens three or more consecutive versions to a range when asked, and only those', () => {
    const cpython = (v: string) => ({ family: 'CPython', shortVersion: v });
    const pypy = { family: 'PyPy', shortVersion: '3.9' };
    expect(groupLabel([cpython('3.11'), cpython('3.12'), cpython('3.13'), cpython('3.14'), pypy], { ranges: true })).toBe('CPython 3.11–3.14, PyPy 3.9');
    expect(groupLabel([cpython('3.11'), cpython('3.12'), cpython('3.14')], { ranges: true })).toBe('CPython 3.11 · 3.12 · 3.14');
    expect(groupLabel([cpython('3.9'), cpython('3.10'), cpython('3.11'), cpython('3.13')], { ranges: true })).toBe('CPython 3.9–3.11 · 3.13');
    expect(groupLabel([{ family: 'Node', shortVersion: '24', engine: 'V8' }], { ranges: true })).toBe('Node 24 (V8)');
  });

  it('names the engine of a JavaScript runtime', () => {
    expect(groupLabel([{ family: 'Node', shortVersion: '24', engine: 'V8' }, { family: 'Bun', shortVersion: '1.4', engine: 'JavaScriptCore' }])).toBe(
      'Node 24 (V8), Bun 1.4 (JavaScriptCore)',
    );
  });
});
