/**
 * The build's check runs in a process of its own (background-check.ts). It sends what pages render first, then the
 * report; its runs keep the build's CPU priority (at the lowest, a busy machine held them back for minutes).
 */
import { getPriority } from 'node:os';
import { expect, it } from 'vitest';
import { checkInBackground } from '../../src/engine/background-check.ts';
import { DEFAULTS } from '../../src/engine/options.ts';
import { exampleProject } from '../helpers/example-project.ts';

const project = (files: Record<string, string>) => exampleProject('background-', files);

it("sends what pages render, then the report; runs keep the build's priority, in interpreters started before too", async () => {
  const niceness = `${getPriority()}\n`;
  const root = project({
    // Printing an address, so it runs before pages are sent what to show, and starts the interpreters first.
    'python/address.py': 'print(hex(id(object())))\n',
    'python/address.out': '0x7f0000000000\n',
    // os.nice(0) returns the niceness without changing it (Pyodide has no os.nice).
    'python/niceness.py': 'import os\nimport time\n\ntime.sleep(1)\nprint(os.nice(0) if hasattr(os, "nice") else "no os.nice")\n',
    'python/niceness.out': niceness,
  });
  const check = checkInBackground(root, DEFAULTS);
  const order: string[] = [];
  const shown = check.shown.then((value) => (order.push('shown'), value));
  const report = await check.report.then((value) => (order.push('report'), value));

  expect(order).toEqual(['shown', 'report']);
  expect((await shown).manifest.examples['python/niceness.py']?.outputs[0]?.stdout).toBe(niceness);
  // Run by the fork servers the address example started, after what pages render was sent: not lowered either.
  const native = report.results.find((result) => result.path === 'examples/python/niceness.py')!.results.filter((result) => result.runtime === 'cpython' || result.runtime === 'pypy');
  expect(native.length).toBeGreaterThan(0);
  for (const result of native) expect([result.runtime, result.stdout, result.failure]).toEqual([result.runtime, niceness, undefined]);
});

it('rejects both promises with the reason when the check cannot run', async () => {
  const root = exampleProject('background-empty-', {}); // no examples/ folder
  const check = checkInBackground(root, DEFAULTS);
  await expect(check.shown).rejects.toThrow(`ENOENT: no such file or directory, scandir '${root}/examples'`);
  await expect(check.report).rejects.toThrow(`scandir '${root}/examples'`);
});
