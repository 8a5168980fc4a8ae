/** `--update` writes expected outputs only from successful runs; the cache skips unchanged examples. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkExamples } from '../../src/engine/check.ts';
import { hasFailures } from '../../src/engine/report.ts';
import { detectRuntimes } from '../../src/engine/runtimes/index.ts';
import { exampleProject } from '../helpers/example-project.ts';

const { runtimes } = await detectRuntimes(join(process.cwd(), '.cache'));
const python = runtimes.filter((r) => r.language === 'python');
afterAll(() => Promise.all(runtimes.map((r) => r.dispose())));

const project = (files: Record<string, string>) => exampleProject('examples-', files);

describe('update and cache', () => {
  it('creates the .out from a real run, then passes, then is served from the cache', async () => {
    const root = project({ 'python/hello.py': 'print("hello")\n' });
    const check = (update = false) => checkExamples({ root, runtimes: python, update });

    expect(hasFailures(await check())).toBe(true);
    expect((await check(true)).updated).toEqual([join(root, 'examples/python/hello.out')]);
    expect(readFileSync(join(root, 'examples/python/hello.out'), 'utf8')).toBe('hello\n');

    const first = await check();
    expect(hasFailures(first)).toBe(false);
    expect(first.results[0]!.results.every((r) => !r.cached)).toBe(true);
    const second = await check();
    expect(second.results[0]!.results.every((r) => r.cached && r.stdout === 'hello\n')).toBe(true);

    // Editing the expected output is a cache miss, and the check fails again.
    writeFileSync(join(root, 'examples/python/hello.out'), 'goodbye\n');
    const third = await check();
    expect(third.results[0]!.results.every((r) => !r.cached && r.failure?.location === 'examples/python/hello.out:1')).toBe(true);
  });

  it('never writes from a failing run', async () => {
    const root = project({ 'python/boom.py': 'print("partial")\nraise SystemExit(2)\n' });
    const report = await checkExamples({ root, runtimes: python, update: true, cacheDir: false });
    expect(report.updated).toEqual([]);
    expect(existsSync(join(root, 'examples/python/boom.out'))).toBe(false);
    expect(hasFailures(report)).toBe(true);
  });

  it('writes a per-runtime file only for a runtime whose output differs', async () => {
    const root = project({ 'python/impl.py': 'import platform\nprint(platform.python_implementation())\n' });
    await checkExamples({ root, runtimes: python, update: true, cacheDir: false });
    expect(readFileSync(join(root, 'examples/python/impl.out'), 'utf8')).toBe('CPython\n');
    // Pyodide is CPython compiled to WebAssembly: same output, no file of its own.
    expect(existsSync(join(root, 'examples/python/impl.py314.out'))).toBe(false);
    if (python.some((r) => r.id === 'pypy')) {
      expect(readFileSync(join(root, 'examples/python/impl.pypy.out'), 'utf8')).toBe('PyPy\n');
    }
    expect(hasFailures(await checkExamples({ root, runtimes: python, cacheDir: false }))).toBe(false);
  });
});
