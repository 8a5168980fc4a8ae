/**
 * The runtime matrix: every runtime runs a tiny example and reports the version it claims; `--update` refuses
 * output that differs between runs; Bun gets `gc()` from the runner; the output most runtimes agree on becomes
 * `<name>.out`; and an example whose output differs by runtime appears in the compatibility table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkExamples } from '../../src/engine/check.ts';
import { compatibilityTable } from '../../src/engine/compatibility.ts';
import { loadExample } from '../../src/engine/discover.ts';
import { groupLabel } from '../../src/engine/labels.ts';
import { DEFAULT_MEMORY_BYTES, MAX_OUTPUT_BYTES } from '../../src/engine/limits.ts';
import { manifestFromReport } from '../../src/engine/manifest.ts';
import { hasFailures } from '../../src/engine/report.ts';
import { detectRuntimes } from '../../src/engine/runtimes/index.ts';
import type { Runtime } from '../../src/engine/types.ts';
import { exampleProject } from '../helpers/example-project.ts';

const { runtimes, notices } = await detectRuntimes(join(process.cwd(), '.cache'));
afterAll(() => Promise.all(runtimes.map((r) => r.dispose())));
const byId = (id: string) => runtimes.find((r) => r.id === id);

const project = (files: Record<string, string>) => exampleProject('matrix-', files);

async function runOnce(runtime: Runtime, path: string, source: string) {
  const root = project({ [path]: source });
  const example = loadExample(root, join(root, 'examples'), join(root, 'examples', path));
  return runtime.run(example, { timeoutMs: 20_000, maxOutputBytes: MAX_OUTPUT_BYTES, maxMemoryBytes: DEFAULT_MEMORY_BYTES });
}

describe('runtime matrix', () => {
  it('has every runtime that npm installs (Pyodide 3.12, 3.13, 3.14; Node; Bun; QuickJS-ng)', () => {
    for (const id of ['py312', 'py313', 'py314', 'node', 'bun', 'quickjs']) expect(byId(id), notices.join('\n')).toBeDefined();
  });

  it.each(runtimes.filter((r) => r.language === 'python').map((r) => [r.id, r] as const))('%s runs Python and is the version it claims', async (_, runtime) => {
    const run = await runOnce(runtime, 'python/version.py', 'import platform\nprint(platform.python_version())\n');
    expect(run.exitCode).toBe(0);
    expect(run.stdout.trim().startsWith(`${runtime.shortVersion}.`)).toBe(true);
    expect(runtime.label).toContain(run.stdout.trim());
  });

  it('the Pyodide runtimes are CPython 3.12, 3.13 and 3.14', () => {
    expect([byId('py312'), byId('py313'), byId('py314')].map((r) => r?.shortVersion)).toEqual(['3.12', '3.13', '3.14']);
  });

  const nodeAndBun = runtimes.filter((r) => r.id === 'node' || r.id === 'bun');
  it.each(nodeAndBun.map((r) => [r.id, r] as const))('%s runs TypeScript and is the version it claims', async (_, runtime) => {
    const source = [
      'const bun = (globalThis as { Bun?: { version: string } }).Bun;',
      "console.log(bun ? `Bun ${bun.version}` : `Node ${process.versions.node}`);",
      '',
    ].join('\n');
    const run = await runOnce(runtime, 'ts/version.ts', source);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(runtime.label.startsWith(run.stdout.trim() + ' ')).toBe(true);
  });

  it("runs Bun with JavaScriptCore's own fullGC as gc(): it collects, and keeps what this job's WeakRefs hold", async () => {
    const bun = byId('bun')!;
    const source = [
      "console.log('gc is', typeof globalThis.gc);",
      'let kept: object | undefined = {};',
      'const keptRef = new WeakRef(kept);',
      'kept = undefined;',
      'globalThis.gc!();',
      "console.log('kept in this job:', keptRef.deref() !== undefined);",
      'const ref = new WeakRef((() => ({ big: new Array(1000).fill(0) }))());',
      'await new Promise((resolve) => setTimeout(resolve, 0));',
      'globalThis.gc!();',
      "console.log('collected:', ref.deref() === undefined);",
      '',
    ].join('\n');
    const run = await runOnce(bun, 'ts/gc.ts', source);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('gc is function\nkept in this job: true\ncollected: true\n');
  });

  it('refuses to record output that differs between runs, on every runtime, and writes nothing', async () => {
    const root = project({
      'python/random_output.py': 'import random\nprint(random.random())\n',
      'ts/random_output.ts': 'console.log(Math.random());\n',
    });
    const report = await checkExamples({ root, runtimes, update: true, cacheDir: false });
    expect(report.updated).toEqual([]);
    expect(existsSync(join(root, 'examples/python/random_output.out'))).toBe(false);
    expect(existsSync(join(root, 'examples/ts/random_output.out'))).toBe(false);
    const results = report.results.flatMap((r) => r.results);
    expect(results).toHaveLength(runtimes.length);
    for (const result of results) {
      // The block's heading names the runtimes; the message says what makes output vary, in the file's language.
      expect(result.failure?.message, result.label).toMatch(/^output differs between runs, and output that varies is not recorded: when the collector runs/);
      expect(result.failure?.detail, result.label).toMatch(/^--- run 1\n\+\+\+ run 2\n/);
    }
  });

  it('records the output most runtimes agree on as <name>.out, and lists the example as differing by runtime', async () => {
    const python = runtimes.filter((r) => r.language === 'python');
    const root = project({ 'python/new_enough.py': 'import sys\nprint(sys.version_info >= (3, 13))\n' });
    const update = await checkExamples({ root, runtimes: python, update: true, cacheDir: false });
    expect(hasFailures(update)).toBe(false);
    // What each runtime this machine has prints, from its version: the majority, or the first runtime's on a tie.
    const prints = (runtime: Runtime) => (Number(runtime.shortVersion.split('.')[1]) >= 13 ? 'True' : 'False');
    const votes = (output: string) => python.filter((r) => prints(r) === output).length;
    const majority = votes('True') === votes('False') ? prints(python[0]!) : votes('True') > votes('False') ? 'True' : 'False';
    const minority = python.filter((r) => prints(r) !== majority).map((r) => r.id);
    expect(readFileSync(join(root, 'examples/python/new_enough.out'), 'utf8')).toBe(`${majority}\n`);
    for (const id of minority) expect(existsSync(join(root, `examples/python/new_enough.${id}.out`))).toBe(true);

    const report = await checkExamples({ root, runtimes: python, cacheDir: false });
    expect(hasFailures(report)).toBe(false);
    const manifest = manifestFromReport(report);
    const uses = [{ page: 'src/content/docs/python/versions.mdx', line: 3, file: 'python/new_enough.py' }];
    const table = compatibilityTable(manifest, uses, 'python');
    expect(table.runtimes.map((r) => r.id)).toEqual(python.map((r) => r.id));
    expect(table.rows).toEqual([
      expect.objectContaining({ file: 'python/new_enough.py', pages: ['/python/versions/'] }),
    ]);
    const row = table.rows[0]!;
    for (const id of minority) expect(row.cells[id]).toBe('B');
    expect(row.groups[0]!.label).toBe(groupLabel(python.filter((r) => prints(r) === majority)));
    expect(compatibilityTable(manifest, uses, 'ts').rows).toEqual([]);
  });
});
