import { describe, expect, it } from 'vitest';
import { parseRegions, snippet } from '../../src/engine/regions.ts';

const python = ['import weakref', '# region setup', 'class A:', '    pass', '# region inner', 'a = A()', '# endregion', '# endregion', 'print(a)', ''].join('\n');

describe('regions', () => {
  it('finds nested regions with their marker lines', () => {
    const regions = parseRegions(python, 'python', 'x.py');
    expect(regions.get('setup')).toEqual({ name: 'setup', startLine: 2, endLine: 8 });
    expect(regions.get('inner')).toEqual({ name: 'inner', startLine: 5, endLine: 7 });
  });

  it('never shows markers, and maps displayed lines back to the file', () => {
    expect(snippet(python, 'python', 'x.py', 'setup')).toEqual({ code: 'class A:\n    pass\na = A()', lines: [3, 4, 6], indent: 0 });
    expect(snippet(python, 'python', 'x.py').code).toBe('import weakref\nclass A:\n    pass\na = A()\nprint(a)');
  });

  it('removes the common indentation of a region', () => {
    const source = 'def f():\n    # region body\n    x = 1\n    return x\n    # endregion\n';
    expect(snippet(source, 'python', 'x.py', 'body')).toEqual({ code: 'x = 1\nreturn x', lines: [3, 4], indent: 4 });
  });

  it('removes the indentation common to every non-blank line, not that of the first line', () => {
    const source = 'def f():\n    # region body\n        x = 1\n\n    return x\n    # endregion\n';
    expect(snippet(source, 'python', 'x.py', 'body')).toEqual({ code: '    x = 1\n\nreturn x', lines: [3, 4, 5], indent: 4 });
  });

  it('reads TypeScript markers', () => {
    const source = 'const a = 1;\n// #region main\nconsole.log(a);\n// #endregion\n';
    expect(snippet(source, 'ts', 'x.ts', 'main').code).toBe('console.log(a);');
  });

  it('reads markers with any spacing, and an endregion that repeats its name', () => {
    const ts = 'const a = 1;\n  //   #region   main  \nconsole.log(a);\n  //#endregion   main\n';
    expect([...parseRegions(ts, 'ts', 'x.ts')]).toEqual([['main', { name: 'main', startLine: 2, endLine: 4 }]]);
    const python = '#region   main\nprint(1)\n    #   endregion main\n';
    expect([...parseRegions(python, 'python', 'x.py')]).toEqual([['main', { name: 'main', startLine: 1, endLine: 3 }]]);
  });

  it('takes only a comment on a line of its own as a marker, not one after code or inside a string', () => {
    const python = 'x = 1  # region a\nprint("# endregion")\n';
    expect(parseRegions(python, 'python', 'x.py').size).toBe(0);
    expect(snippet(python, 'python', 'x.py').code).toBe(python.trimEnd());
    const ts = 'let x = 1; // #region a\nconsole.log("// #endregion");\n';
    expect(parseRegions(ts, 'ts', 'x.ts').size).toBe(0);
    expect(snippet(ts, 'ts', 'x.ts').code).toBe(ts.trimEnd());
  });

  it('ignores lines of spaces only when it finds the common indentation', () => {
    const source = 'def f():\n    # region body\n        x = 1\n  \n        return x\n    # endregion\n';
    expect(snippet(source, 'python', 'x.py', 'body')).toEqual({ code: 'x = 1\n\nreturn x', lines: [3, 4, 5], indent: 8 });
  });

  it.each([
    ['# region a\nx = 1\n', 'x.py:1: region "a" is never closed'],
    ['x = 1\n# endregion\n', 'x.py:2: endregion without a matching region'],
    ['# region a\n# endregion\n# region a\n# endregion\n', 'x.py:3: duplicate region "a" (first opened at line 1)'],
    ['# region a\n# region a\n# endregion\n# endregion\n', 'x.py:2: duplicate region "a" (first opened at line 1)'],
    ['# region a\n# region b\n# region a\n', 'x.py:3: duplicate region "a" (first opened at line 1)'],
    ['# region\n# endregion\n', 'x.py:1: region marker without a name'],
    ['# region a\n# endregion b\n', 'x.py:2: endregion "b" closes region "a" opened at line 1'],
  ])('rejects bad markers with file:line (%#)', (source, message) => {
    expect(() => parseRegions(source, 'python', 'x.py')).toThrow(message);
  });

  it('rejects a TypeScript endregion that names another region', () => {
    expect(() => parseRegions('// #region a\n// #endregion b\n', 'ts', 'x.ts')).toThrow('x.ts:2: endregion "b" closes region "a" opened at line 1');
  });

  it('names a missing region', () => {
    expect(() => snippet(python, 'python', 'x.py', 'nope')).toThrow('x.py:1: no region named "nope"');
  });
});
