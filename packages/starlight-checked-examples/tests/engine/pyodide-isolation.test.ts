/** One Pyodide interpreter runs many examples; each must start as if it were a fresh `python file.py`. */
import { afterAll, expect, it } from 'vitest';
import { checkExamples } from '../../src/engine/check.ts';
import { pyodideRuntime } from '../../src/engine/runtimes/pyodide.ts';
import { exampleProject } from '../helpers/example-project.ts';

// A single interpreter, and one example at a time, so the second example runs right after the first in it.
const pyodide = pyodideRuntime({ id: 'py314', packageName: 'pyodide' })!;
afterAll(() => pyodide.dispose());
const lines = (text: string[]) => text.join('\n') + '\n';

it('gives each example a fresh __main__, fresh modules and a fresh weakref.finalize', async () => {
  const root = exampleProject('isolation-', {
    'python/a_dirty.py': lines([
      'import fractions, weakref',
      'leftover = "from a"',
      'fractions.marker = True',
      'class Thing:',
      '    pass',
      'thing = Thing()',
      'weakref.finalize(thing, print, "finalizer of a ran at exit")',
    ]),
    'python/b_clean.py': lines([
      'import fractions, weakref',
      'marked = hasattr(fractions, "marker")',
      'print(__name__, "leftover" in globals(), marked)',
      'class Thing:',
      '    pass',
      'thing = Thing()',
      'weakref.finalize(thing, print, "finalizer of b ran at exit")',
    ]),
  });
  const report = await checkExamples({ root, runtimes: [pyodide], update: true, cacheDir: false, concurrency: 1 });
  const [a, b] = report.results.map((r) => r.results[0]!.stdout);
  expect(a).toBe('finalizer of a ran at exit\n');
  expect(b).toBe('__main__ False False\nfinalizer of b ran at exit\n');
});

it("restores the collector's settings and freezes again after each example", async () => {
  const root = exampleProject('isolation-gc-', {
    'python/a_dirty.py': lines([
      'import gc',
      'gc.set_debug(gc.DEBUG_SAVEALL)',
      'gc.set_threshold(1, 1, 1)',
      'gc.callbacks.append(lambda phase, info: None)',
      'gc.garbage.append("left over")',
      'gc.unfreeze()',
      'gc.disable()',
      'print("dirtied")',
    ]),
    'python/b_clean.py': lines([
      'import gc',
      'print(gc.get_debug(), gc.get_threshold() != (1, 1, 1))',
      'print(len(gc.callbacks), len(gc.garbage), gc.isenabled())',
      'print("frozen:", gc.get_freeze_count() > 0)',
    ]),
  });
  const report = await checkExamples({ root, runtimes: [pyodide], update: true, cacheDir: false, concurrency: 1 });
  expect(report.results.map((r) => r.results[0]!.failure)).toEqual([undefined, undefined]);
  expect(report.results[1]!.results[0]!.stdout).toBe('0 True\n0 0 True\nfrozen: True\n');
});
