/**
 * Scale-out: two CI jobs each check one shard on one runtime with their own result cache; copying the caches
 * together gives a cache from which a full check of that runtime runs nothing.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkExamples } from '../../src/engine/check.ts';
import { hasFailures } from '../../src/engine/report.ts';
import { detectRuntimes, selectRuntimes } from '../../src/engine/runtimes/index.ts';
import { exampleProject } from '../helpers/example-project.ts';

const detected = await detectRuntimes(join(process.cwd(), '.cache'));
const { runtimes } = selectRuntimes(detected, ['py314']);
afterAll(() => Promise.all(detected.runtimes.map((r) => r.dispose())));

it('merges the result caches of sharded jobs into one that a full check reuses', async () => {
  const root = exampleProject('shards-', Object.fromEntries([1, 2, 3, 4, 5].flatMap((n) => [[`python/e${n}.py`, `print(${n})\n`], [`python/e${n}.out`, `${n}\n`]])));
  const jobs = await Promise.all(
    [1, 2].map((index) => checkExamples({ root, runtimes, cacheDir: join(root, `job${index}`), shard: { index, count: 2 } })),
  );
  expect(jobs.map((job) => job.results.map((r) => r.path))).toEqual([
    ['examples/python/e1.py', 'examples/python/e3.py', 'examples/python/e5.py'],
    ['examples/python/e2.py', 'examples/python/e4.py'],
  ]);
  for (const index of [1, 2]) cpSync(join(root, `job${index}`), join(root, 'merged'), { recursive: true });

  const full = await checkExamples({ root, runtimes, cacheDir: join(root, 'merged') });
  expect(hasFailures(full)).toBe(false);
  expect(full.results.flatMap((r) => r.results.map((x) => x.cached))).toEqual([true, true, true, true, true]);
});

it('refuses a runtime that is unknown or not installed, by name', () => {
  expect(() => selectRuntimes(detected, ['nope'])).toThrow('--runtime nope: unknown runtime (known: cpython, py312, py313, py314, pypy, node, bun, chromium, quickjs)');
  expect(() => selectRuntimes({ runtimes: [], notices: ['Bun is not installed.'] }, ['bun'])).toThrow('--runtime bun: not available here (Bun is not installed.)');
});
