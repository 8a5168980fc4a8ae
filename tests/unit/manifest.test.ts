/**
 * What a build's pages render before the check has finished (manifest.ts): the committed expected output of each
 * runtime, grouped as the check would group them, and which examples need this build's own run instead; and what
 * the dev server shows until its first check has ended.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkingManifest, expectedManifest, loadExample, varyingOutputs, type ExampleFile } from 'starlight-checked-examples/engine';
import type { Runtime } from 'starlight-checked-examples/runtime';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const example = (path: string) => loadExample(ROOT, EXAMPLES, join(EXAMPLES, path));

const python = (id: Runtime['id'], family: string, shortVersion: string): Runtime => ({
  id,
  language: 'python',
  label: `${family} ${shortVersion}.0`,
  family,
  shortVersion,
  version: `${family} ${shortVersion}.0`,
  run: () => Promise.reject(new Error('nothing runs here')),
  dispose: () => Promise.resolve(),
});
const runtimes = [python('cpython', 'CPython', '3.11'), python('py314', 'CPython', '3.14'), python('pypy', 'PyPy', '3.9')];

describe('the manifest a build renders while its check runs', () => {
  it("shows each runtime's committed output, runtimes that agree sharing one", () => {
    const seed = example('python/basics/seed_version.py');
    const manifest = expectedManifest([seed], runtimes);
    const record = manifest.examples['python/basics/seed_version.py']!;
    expect(record.outputs.map((output) => [output.label, output.stdout])).toEqual([
      ['CPython 3.11 · 3.14', 'after del: None\n'],
      ['PyPy 3.9', expect.stringMatching(/^after del: <__main__\.Report object at 0x[0-9a-f]+>\n$/)],
    ]);
    expect(record.verifiedOn).toEqual(['CPython 3.11.0', 'CPython 3.14.0', 'PyPy 3.9.0']);
    expect(manifest.runtimes.map((runtime) => runtime.id)).toEqual(['cpython', 'py314', 'pypy']);
  });

  it('names the runs whose shown output differs on every run: the runtime leading each such output', () => {
    const files = ['python/basics/seed_version.py', 'python/basics/first_ref.py', 'python/checking/real_output.py'].map(example);
    const at = (path: string) => join(EXAMPLES, path);
    expect(varyingOutputs(expectedManifest(files, runtimes))).toEqual([
      // Only PyPy's output has an address; CPython 3.11 shows the output that 3.14 shares.
      { absPath: at('python/basics/seed_version.py'), runtimes: ['pypy'] },
      { absPath: at('python/checking/real_output.py'), runtimes: ['cpython'] },
    ]);
    // Without PyPy, seed_version's committed output is this run's output.
    expect(varyingOutputs(expectedManifest(files, runtimes.slice(1, 2)))).toEqual([{ absPath: at('python/checking/real_output.py'), runtimes: ['py314'] }]);
  });

  it("puts a run's real output in place of the committed one, for the runtimes that ran", () => {
    const real = example('python/checking/real_output.py');
    const stdout = readFileSync(join(EXAMPLES, 'python/checking/real_output.out'), 'utf8').replace(/0x[0-9a-f]+/, '0x7f00000000aa');
    const ran = { results: [{ path: real.displayPath, example: real, results: [{ runtime: 'cpython' as const, label: 'CPython 3.11.0', brief: { family: 'CPython', shortVersion: '3.11' }, stdout, cached: false }] }], updated: [], notices: [] };
    const record = expectedManifest([real], runtimes, ran).examples['python/checking/real_output.py']!;
    // Outputs that agree after normalisation still share one, which shows the leading runtime's real output.
    expect(record.outputs.map((output) => [output.ids, output.stdout])).toEqual([[['cpython', 'py314', 'pypy'], stdout]]);
    expect(stdout).toContain('0x7f00000000aa');
  });

  it('shows the dev server the committed outputs as being checked, leaving out an example it cannot read', () => {
    const broken: ExampleFile = { ...example('python/basics/first_ref.py'), id: 'python/broken.py', source: '# region main\nprint(1)\n' };
    const manifest = checkingManifest([example('python/basics/first_ref.py'), broken]);
    expect(manifest.checking).toBe(true);
    expect(Object.keys(manifest.examples)).toEqual(['python/basics/first_ref.py']);
    const record = manifest.examples['python/basics/first_ref.py']!;
    expect(record.outputs.map((output) => output.stdout)).toEqual([readFileSync(join(EXAMPLES, 'python/basics/first_ref.out'), 'utf8')]);
    expect([record.verifiedOn, record.failedOn]).toEqual([[], []]);
  });
});
