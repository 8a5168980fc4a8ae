/**
 * The JavaScript engines beyond Node: Chromium (a page per example) and QuickJS-ng (reference counting). Each
 * catches what only it can: a browser global, a target freed in the same job, a trusted click that did not
 * happen, a page that hangs, a request that would leave the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkExamples } from '../../src/engine/check.ts';
import { formatFailures } from '../../src/engine/report.ts';
import { detectRuntimes } from '../../src/engine/runtimes/index.ts';
import { exampleProject } from '../helpers/example-project.ts';

const { runtimes } = await detectRuntimes();
afterAll(() => Promise.all(runtimes.map((r) => r.dispose())));
const ts = runtimes.filter((r) => r.language === 'ts');
const chromium = ts.find((r) => r.id === 'chromium');
const quickjs = ts.find((r) => r.id === 'quickjs');

/** Checks one TypeScript example (with its expected output) on the given runtimes; the failures by runtime id. */
async function failures(source: string, expected: string, on = ts) {
  const root = exampleProject('engines-', { 'ts/x/example.ts': source, 'ts/x/example.out': expected });
  const report = await checkExamples({ root, runtimes: on, cacheDir: false });
  const results = report.results.flatMap((r) => r.results);
  return { report, failed: Object.fromEntries(results.filter((r) => r.failure).map((r) => [r.runtime, r.failure!])), ran: results.map((r) => r.runtime) };
}

describe.runIf(process.env.CI === 'true' || chromium)('Chromium', () => {
  it('is installed (CI installs it) and runs every TypeScript example a browser can', () => {
    expect(chromium?.label).toMatch(/^Chromium \d+\.\d+\.\d+\.\d+ \(V8\)$/);
  });

  it("fails alone on output that only a browser prints (typeof document)", async () => {
    const source = '/// <reference lib="dom" />\nconsole.log(\'document:\', typeof document);\n';
    const { failed, ran } = await failures(source, 'document: undefined\n');
    expect(ran).toContain('chromium');
    expect(Object.keys(failed)).toEqual(['chromium']);
    expect(failed.chromium!.message).toBe('output of examples/ts/x/example.ts differs from examples/ts/x/example.out');
    expect(failed.chromium!.detail).toContain('+document: object');
  });

  it('clicks with the mouse where the example asks, and fails when the click does not happen', async () => {
    const example = readFileSync('examples/ts/browser/trusted_click.ts', 'utf8');
    const expected = readFileSync('examples/ts/browser/trusted_click.out', 'utf8');
    expect((await failures(example, expected, [chromium!])).failed).toEqual({});
    const unclicked = example.replace('// check: click=#target', '// check: timeout=3');
    const { failed } = await failures(unclicked, expected, [chromium!]);
    expect(failed.chromium!.message).toMatch(/^still running after 15 s of wall-clock time/);
  });

  it('reports a page that hangs with its file and runtime, and no stack trace of the checker', async () => {
    const { report, failed } = await failures("// check: timeout=2\nconsole.log('start');\nwhile (true) {}\n", 'start\n', [chromium!]);
    expect(failed.chromium!.location).toBe('examples/ts/x/example.ts');
    const printed = formatFailures(report).join('\n');
    expect(printed).toMatch(/✗ examples\/ts\/x\/example\.ts \[Chromium [^\]]+\]: still running after 10 s of wall-clock time/);
    expect(printed).not.toMatch(/^\s+at /m);
  });

  it('lets no request leave the page: the run fails and names the address', async () => {
    const source = "const r = await fetch('http://example.com/x')\n  .then(() => 'sent', () => 'refused');\nconsole.log(r);\n";
    const { failed } = await failures(source, 'refused\n', [chromium!]);
    expect(failed.chromium!.detail).toBe('request refused (examples make no requests): http://example.com/x');
  });

  it('reports an uncaught error in a timer with the line of the example, as Node does', async () => {
    const source = "console.log('before');\nsetTimeout(() => {\n  throw new Error('late');\n}, 0);\n";
    const { failed } = await failures(source, 'before\n', [chromium!]);
    expect(failed.chromium!.location).toBe('examples/ts/x/example.ts:3');
    expect(failed.chromium!.message).toBe('uncaught exception: Error: late');
  });
});

describe.runIf(quickjs)('QuickJS-ng', () => {
  it('fails alone when a target dropped in this job is read back (no kept-alive list: counted references free it)', async () => {
    const source = ['let target: object | undefined = {};', 'const ref = new WeakRef(target);', 'target = undefined;', "console.log('kept:', ref.deref() !== undefined);", ''].join('\n');
    const { failed, ran } = await failures(source, 'kept: true\n');
    expect(ran).toEqual(expect.arrayContaining(['node', 'quickjs']));
    expect(Object.keys(failed)).toEqual(['quickjs']);
    expect(failed.quickjs!.detail).toContain('+kept: false');
  });

  it("collects a cycle with the runner's gc(), and runs the registry's callback at the next job drain", async () => {
    const source = [
      'const registry = new FinalizationRegistry<string>((name) => console.log(`cleanup for ${name}`));',
      'let a: { other?: object } | undefined = {};',
      'a.other = { back: a };',
      "registry.register(a, 'the cycle');",
      'a = undefined;',
      "console.log('before gc');",
      'globalThis.gc!();',
      "console.log('after gc');",
      '',
    ].join('\n');
    const { failed } = await failures(source, 'before gc\nafter gc\ncleanup for the cycle\n', [quickjs!]);
    expect(failed).toEqual({});
  });

  it('formats values as Node does, so differences are in substance', async () => {
    const source = "console.log([1, 'a'], { a: 1, 'b-c': [] }, new Map([['k', 1]]), new WeakMap(), -0, 2n, null);\n";
    const expected = "[ 1, 'a' ] { a: 1, 'b-c': [] } Map(1) { 'k' => 1 } WeakMap { <items unknown> } -0 2n null\n";
    const { failed } = await failures(source, expected, ts.filter((r) => r.id !== 'bun'));
    expect(failed).toEqual({});
  });
});
