/**
 * A site that narrows the `runtimes` option: a check comment may still name any built-in runtime (the example is
 * right for sites that run it), and examples of a language no listed runtime runs are an error, not silently
 * unchecked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readDirectives } from '../../src/engine/directives.ts';
import { BUILTIN_RUNTIME_IDS, setKnownRuntimeIds } from '../../src/engine/languages/registry.ts';
import { assertEveryLanguageRuns, resolveRuntimes } from '../../src/engine/runtimes/resolve.ts';
import { exampleProject } from '../helpers/example-project.ts';

afterEach(() => setKnownRuntimeIds(BUILTIN_RUNTIME_IDS));

describe('a narrowed runtimes option', () => {
  it('still accepts a built-in id in a check comment, and refuses an unknown one', async () => {
    resolveRuntimes('/', ['cpython', 'node']);
    expect(readDirectives('// check: not-on=quickjs (no structuredClone)\n', 'ts/a.ts').notOn?.ids).toEqual(['quickjs']);
    expect(() => readDirectives('// check: not-on=quikjs (typo)\n', 'ts/a.ts')).toThrow('ts/a.ts:1: not-on=quikjs: unknown runtime "quikjs"');
  });

  it('fails when examples are of a language no listed runtime runs, naming one and the runtimes to add', async () => {
    const root = exampleProject('coverage-', { 'python/a.py': 'print(1)\n', 'ts/b.ts': 'console.log(1);\n', 'ts/c.ts': 'console.log(2);\n' });
    const examples = `${root}/examples`;
    expect(() => assertEveryLanguageRuns(root, examples, [])).toThrow(
      'the runtimes option names no runtime for Python examples (examples/python/a.py): add one of cpython, py312, py313, py314, pypy, or a module of your own\n' +
        'the runtimes option names no runtime for TypeScript examples (examples/ts/b.ts and 1 more): add one of node, bun, chromium, quickjs, or a module of your own',
    );
    const pythonOnly = resolveRuntimes(root, ['cpython']);
    expect(() => assertEveryLanguageRuns(root, examples, pythonOnly)).toThrow(/^the runtimes option names no runtime for TypeScript examples/);
    const both = resolveRuntimes(root, ['cpython', 'node']);
    expect(() => assertEveryLanguageRuns(root, examples, both)).not.toThrow();
    expect(() => assertEveryLanguageRuns(root, `${root}/nowhere`, [])).not.toThrow();
  });
});
