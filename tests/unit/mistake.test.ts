import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mistakeInShowing, mistakeLines, shownKind, snippet } from 'starlight-checked-examples/engine';

const PY = `import weakref
# region main
# region mistake
bad = 1
# endregion

# region fix
good = 2
# endregion
# endregion
`;

describe('mistake: comments', () => {
  it('marks nothing without one', () => {
    expect(mistakeLines(PY, 'python', 'x.py').size).toBe(0);
  });

  it('marks the lines of the named regions, in Python and TypeScript', () => {
    expect([...mistakeLines(`${PY}# mistake: region mistake\n`, 'python', 'x.py')]).toEqual([3, 4, 5]);
    const ts = 'const a = 1;\n// #region one\nbad();\n// #endregion\n// #region two\nworse();\n// #endregion\n//mistake: regions one, two\n';
    expect([...mistakeLines(ts, 'ts', 'x.ts')]).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('marks every line for "whole file", also with Windows line endings', () => {
    expect(mistakeLines('x = 1\r\n# mistake: whole file\r\n', 'python', 'x.py').size).toBe(2);
  });

  it('fails with the file and line on an unknown region or a value it cannot read', () => {
    expect(() => mistakeLines(`${PY}# mistake: region mian\n`, 'python', 'x.py')).toThrow(/x\.py:11.*no region named "mian"/);
    expect(() => mistakeLines('# mistake: yes\n', 'python', 'x.py')).toThrow(/x\.py:1.*expected "mistake: whole file"/);
  });

  it('reads only comments that start a line', () => {
    expect(mistakeLines('print("# mistake: whole file")\nx = 1  # mistake: whole file\n', 'python', 'x.py').size).toBe(0);
  });
});

describe('a showing of marked code', () => {
  const source = `${PY}# mistake: region mistake\n`;
  const wrong = mistakeLines(source, 'python', 'x.py');
  const shown = (region?: string) => {
    const s = snippet(source, 'python', 'x.py', region);
    return mistakeInShowing(s.lines, s.code.split('\n'), wrong);
  };

  it('is all a mistake, partly one (with the displayed lines to mark), or none', () => {
    expect(shown('mistake')).toEqual({ kind: 'all' });
    // main shows: bad = 1, a blank line, good = 2 (marker lines are not displayed).
    expect(shown('main')).toEqual({ kind: 'part', displayed: [1] });
    expect(shown('fix')).toBeUndefined();
  });

  it('labels every example the pitfalls pages call a mistake (their files carry the comment)', () => {
    const file = 'python/caches/check_then_index.py';
    const text = readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8');
    const s = snippet(text, 'python', file, 'main');
    expect(mistakeInShowing(s.lines, s.code.split('\n'), mistakeLines(text, 'python', file))).toEqual({ kind: 'all' });
  });
});

describe('the label of a showing', () => {
  const where = 'docs/page.mdx: <Example file="python/x.py" region="main" kind="fix">';

  it('comes from the file for a mistake and from the page for a fix', () => {
    expect(shownKind(undefined, { kind: 'all' }, where, 'examples/python/x.py')).toBe('mistake');
    expect(shownKind(undefined, { kind: 'part', displayed: [2] }, where, 'examples/python/x.py')).toBe('part-mistake');
    expect(shownKind('fix', undefined, where, 'examples/python/x.py')).toBe('fix');
    expect(shownKind(undefined, undefined, where, 'examples/python/x.py')).toBeUndefined();
  });

  it('fails when the page contradicts the file, naming the page and the file', () => {
    expect(() => shownKind('fix', { kind: 'all' }, where, 'examples/python/x.py')).toThrow(
      'docs/page.mdx: <Example file="python/x.py" region="main" kind="fix">: examples/python/x.py marks this code as a mistake',
    );
    expect(() => shownKind('fix', { kind: 'part', displayed: [1] }, where, 'examples/python/x.py')).toThrow(/marks this code as a mistake/);
    // A page no longer labels a mistake itself: the file does.
    expect(() => shownKind('mistake', { kind: 'all' }, where, 'examples/python/x.py')).toThrow(/kind is "fix" \(a mistake is marked in examples\/python\/x\.py/);
  });
});
