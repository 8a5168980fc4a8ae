/**
 * PyPy's fork server empties its nursery before each fork (forkserver.py), so every example starts with the same
 * young-object space and its minor collections happen at the same points in every run. Without that a child
 * inherits the nursery as full as the requests before it left it, and output that depends on when a young object
 * is freed changes between runs (seen: 1 run in about 1,000 of two examples).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadExample } from '../../src/engine/discover.ts';
import { detectRuntimes } from '../../src/engine/runtimes/index.ts';

const { runtimes } = await detectRuntimes();
const pypy = runtimes.find((runtime) => runtime.id === 'pypy');
const root = mkdtempSync(join(tmpdir(), 'pypy-nursery-'));
afterAll(async () => {
  await Promise.all(runtimes.map((runtime) => runtime.dispose()));
  rmSync(root, { recursive: true, force: true });
});

// Whether a young object is freed by the minor collections that a few hundred allocations may or may not cause.
const PROBE = [
  'import weakref',
  'class Young: pass',
  'young = Young()',
  'ref = weakref.ref(young)',
  'del young',
  'junk = [[i] for i in range(300)]',
  'print("freed" if ref() is None else "alive")',
  '',
].join('\n');

it.skipIf(!pypy)('starts every example with the same nursery, so its output does not change between runs', async () => {
  mkdirSync(join(root, 'examples', 'python'), { recursive: true });
  writeFileSync(join(root, 'examples', 'python', 'probe.py'), PROBE);
  const probe = loadExample(root, join(root, 'examples'), join(root, 'examples', 'python', 'probe.py'));
  const outputs = new Set<string>();
  for (let run = 0; run < 80; run++) outputs.add((await pypy!.run(probe, { timeoutMs: 10_000, maxOutputBytes: 1 << 20, maxMemoryBytes: 1 << 30 })).stdout);
  expect([...outputs]).toHaveLength(1);
});
