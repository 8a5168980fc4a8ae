/**
 * The build's check runs in a process of its own at the lowest CPU priority (background-check.ts), so it takes
 * only the CPU the build leaves over: every run it starts inherits that priority. It sends what pages render
 * before it has checked everything.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkInBackground } from '../../src/examples/background-check.ts';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'background-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'examples', path, '..'), { recursive: true });
    writeFileSync(join(root, 'examples', path), text);
  }
  return root;
}

it('runs every example at the lowest priority, and sends what pages render before the report', async () => {
  const root = project({
    // os.nice(0) returns the niceness without changing it (Pyodide has no os.nice).
    'python/niceness.py': 'import os\nimport time\n\ntime.sleep(1)\nprint(os.nice(0) if hasattr(os, "nice") else "no os.nice")\n',
    'python/niceness.out': '19\n',
  });
  const check = checkInBackground(root);
  const order: string[] = [];
  const shown = check.shown.then((value) => (order.push('shown'), value));
  const report = await check.report.then((value) => (order.push('report'), value));

  expect(order).toEqual(['shown', 'report']);
  expect((await shown).manifest.examples['python/niceness.py']?.outputs[0]?.stdout).toBe('19\n');
  const native = report.results[0]!.results.filter((result) => result.runtime === 'cpython' || result.runtime === 'pypy');
  expect(native.length).toBeGreaterThan(0);
  for (const result of native) expect([result.runtime, result.stdout, result.failure]).toEqual([result.runtime, '19\n', undefined]);
  rmSync(root, { recursive: true, force: true });
});

it('rejects both promises with the reason when the check cannot run', async () => {
  const root = mkdtempSync(join(tmpdir(), 'background-empty-')); // no examples/ folder
  const check = checkInBackground(root);
  await expect(check.shown).rejects.toThrow(`ENOENT: no such file or directory, scandir '${root}/examples'`);
  await expect(check.report).rejects.toThrow(`scandir '${root}/examples'`);
  rmSync(root, { recursive: true, force: true });
});
