/** One Pyodide interpreter runs many examples; each must start as if it were a fresh `python file.py`. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkExamples } from '../../src/examples/check.ts';
import { pyodideRuntime } from '../../src/examples/runtimes/pyodide.ts';

// A single interpreter, and one example at a time, so the second example runs right after the first in it.
const pyodide = pyodideRuntime({ id: 'py314', packageName: 'pyodide' })!;
afterAll(() => pyodide.dispose());

it('gives each example a fresh __main__, fresh modules and a fresh weakref.finalize', async () => {
  const root = mkdtempSync(join(tmpdir(), 'isolation-'));
  mkdirSync(join(root, 'examples', 'python'), { recursive: true });
  const write = (name: string, lines: string[]) => writeFileSync(join(root, 'examples', 'python', name), lines.join('\n') + '\n');
  write('a_dirty.py', [
    'import fractions, weakref',
    'leftover = "from a"',
    'fractions.marker = True',
    'class Thing:',
    '    pass',
    'thing = Thing()',
    'weakref.finalize(thing, print, "finalizer of a ran at exit")',
  ]);
  write('b_clean.py', [
    'import fractions, weakref',
    'print(__name__, "leftover" in globals(), hasattr(fractions, "marker"))',
    'class Thing:',
    '    pass',
    'thing = Thing()',
    'weakref.finalize(thing, print, "finalizer of b ran at exit")',
  ]);
  const report = await checkExamples({ root, runtimes: [pyodide], update: true, cacheDir: false, concurrency: 1 });
  const [a, b] = report.results.map((r) => r.results[0]!.stdout);
  expect(a).toBe('finalizer of a ran at exit\n');
  expect(b).toBe('__main__ False False\nfinalizer of b ran at exit\n');
});
