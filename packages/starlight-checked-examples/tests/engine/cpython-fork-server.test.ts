/**
 * CPython's fork server freezes its own objects before each fork (forkserver.py), so the collections of a child
 * leave them out. An example that asks the collector for its objects or referrers must still find the interpreter's
 * start-up objects among them, as under `python3 file.py`: those calls unfreeze first.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadExample } from '../../src/engine/discover.ts';
import { detectRuntimes } from '../../src/engine/runtimes/index.ts';
import { exampleProject } from '../helpers/example-project.ts';

const { runtimes } = await detectRuntimes();
const cpython = runtimes.find((runtime) => runtime.id === 'cpython');
const LIMITS = { timeoutMs: 10_000, maxOutputBytes: 1 << 20, maxMemoryBytes: 1 << 30 };

// sys.modules is made at start-up, so it is one of the objects the server froze.
const INTROSPECTION = [
  'import gc, sys',
  'print(any(o is sys.modules for o in gc.get_objects()))',
  'print(any(r is sys.__dict__ for r in gc.get_referrers(sys.modules)))',
  'print(gc.get_freeze_count())',
  '',
].join('\n');
// An example's own freeze, which a later look at the collector must not undo.
const OWN_FREEZE = ['import gc', 'gc.freeze()', 'print(gc.get_freeze_count() > 0)', 'gc.unfreeze()', 'print(gc.get_freeze_count())', ''].join('\n');
// The frozen count as the server left it, read past the wrapper that would unfreeze.
const FROZEN = ['import gc', 'print(gc.get_freeze_count.__wrapped__() > 0)', ''].join('\n');

const root = exampleProject('cpython-freeze-', {
  'python/introspection.py': INTROSPECTION,
  'python/own_freeze.py': OWN_FREEZE,
  'python/frozen.py': FROZEN,
});
const example = (name: string) => loadExample(root, join(root, 'examples'), join(root, 'examples', 'python', name));
afterAll(() => Promise.all(runtimes.map((runtime) => runtime.dispose())));

it.skipIf(!cpython)("starts each child with the server's objects frozen", async () => {
  expect((await cpython!.run(example('frozen.py'), LIMITS)).stdout).toBe('True\n');
});

it.skipIf(!cpython).each([
  ['finds start-up objects among the collector\'s', 'introspection.py', 'True\nTrue\n0\n'],
  ['freezes and unfreezes', 'own_freeze.py', 'True\n0\n'],
])('prints what python3 file.py prints for an example that %s', async (_, name, printed) => {
  const direct = execFileSync('python3', [join(root, 'examples', 'python', name)], { encoding: 'utf8' });
  expect(direct).toBe(printed);
  expect((await cpython!.run(example(name), LIMITS)).stdout).toBe(direct);
});
