/**
 * What a check reports (check.ts), with stub runtimes that print what a test tells them: the failure of each kind
 * with its location and message, broken files, skipped runtimes, the limits a run gets, the order of results, the
 * shared batch preparation, and that only `--update` writes expected outputs. (The cache and the majority vote
 * are pinned in check-invariants.test.ts.)
 */
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExamples, type CheckOptions } from '../../src/engine/check.ts';
import { DEFAULT_MEMORY_BYTES, DEFAULT_TIMEOUT_MS, MAX_OUTPUT_BYTES } from '../../src/engine/limits.ts';
import type { LanguageId as Language } from '../../src/engine/types.ts';
import type { ExampleFile, Failure, RunLimits, RunOutput, Runtime, RuntimeId } from '../../src/engine/types.ts';
import { exampleProject } from '../helpers/example-project.ts';

interface Stub extends Runtime {
  /** What the next run of an example prints (and how it ends). */
  print: (example: ExampleFile, attempt: number) => Partial<RunOutput>;
  /** Every run: the example's id and the limits it was given. */
  runs: { id: string; limits: RunLimits }[];
}

function stub(id: RuntimeId, print: string | Stub['print'] = '', language: Language = 'python'): Stub {
  const runtime: Stub = {
    id,
    language,
    label: `Stub ${id} 1.0`,
    family: `Stub ${id}`,
    shortVersion: '1',
    engine: 'StubVM',
    version: `stub ${id} 1.0`,
    print: typeof print === 'string' ? () => ({ stdout: print }) : print,
    runs: [],
    run: (example, limits) => {
      runtime.runs.push({ id: example.id, limits });
      const attempt = runtime.runs.filter((run) => run.id === example.id).length;
      return Promise.resolve({ stdout: '', stderr: '', exitCode: 0, timedOut: false, outputExceeded: false, ...runtime.print(example, attempt) });
    },
    dispose: () => Promise.resolve(),
  };
  return runtime;
}

const project = (files: Record<string, string>) => exampleProject('check-', files);

const check = (root: string, runtimes: Runtime[], options: Partial<CheckOptions> = {}) => checkExamples({ root, runtimes, cacheDir: false, ...options });
const read = (root: string, path: string) => readFileSync(join(root, 'examples', path), 'utf8');

describe('what a check reports', () => {
  it('a passing result names its runtime and keeps the real output', async () => {
    const root = project({ 'python/x.py': 'print("<A at 0x7f0000000001>")\n', 'python/x.out': '<A at 0x7f00000000ff>\n' });
    const report = await check(root, [stub('cpython', '<A at 0x7f0000000001>\n')]);
    expect(report).toEqual({
      results: [
        {
          path: 'examples/python/x.py',
          example: expect.objectContaining({ id: 'python/x.py' }),
          results: [
            {
              runtime: 'cpython',
              label: 'Stub cpython 1.0',
              brief: { family: 'Stub cpython', shortVersion: '1', engine: 'StubVM' },
              stdout: '<A at 0x7f0000000001>\n',
              failure: undefined,
              cached: false,
            },
          ],
          skipped: [],
        },
      ],
      updated: [],
      notices: [],
    });
  });

  it('a wrong output: the first differing line of the .out file, and a diff headed with the runtime', async () => {
    const root = project({ 'python/x.py': 'print(1)\n', 'python/x.out': 'one\ntwo\n' });
    const [result] = (await check(root, [stub('cpython', 'one\n2\n')])).results[0]!.results;
    expect(result!.failure).toEqual({
      location: 'examples/python/x.out:2',
      message: 'output of examples/python/x.py differs from examples/python/x.out',
      detail: '--- examples/python/x.out\n+++ actual output (Stub cpython 1.0)\n@@ -1,2 +1,2 @@\n one\n-two\n+2',
    });
    expect(result!.stdout).toBe('one\n2\n');
  });

  it('a missing expected output: how to create it, with paths relative to the project', async () => {
    const root = project({ 'python/new.py': 'print(1)\n' });
    const [result] = (await check(root, [stub('cpython', '1\n')])).results[0]!.results;
    expect(result!.failure).toEqual({
      location: 'examples/python/new.py',
      message: 'no expected output: create examples/python/new.out with `npx starlight-checked-examples --update examples/python/new.py` and review it',
    });
    // The site's own command (its checkCommand option), where it names one.
    const [own] = (await check(root, [stub('cpython', '1\n')], { checkCommand: 'npm run examples --' })).results[0]!.results;
    expect(own!.failure!.message).toContain('with `npm run examples -- --update examples/python/new.py`');
  });

  it('a runtime of its own uses <name>.<runtime>.out', async () => {
    const root = project({ 'python/x.py': 'print(1)\n', 'python/x.out': '1\n', 'python/x.pypy.out': '2\n' });
    const report = await check(root, [stub('cpython', '1\n'), stub('pypy', '1\n')]);
    expect(report.results[0]!.results.map((r) => r.failure?.location)).toEqual([undefined, 'examples/python/x.pypy.out:1']);
  });

  it('a file with broken markers or settings is reported at its line, not run, and sorted in with the others', async () => {
    const root = project({
      'python/a.py': 'print(1)\n',
      'python/a.out': '1\n',
      'python/b.py': 'x = 1\n# region main\nprint(x)\n',
      'python/c.py': 'print(1)\n',
      'python/c.out': '1\n',
      'python/d.py': '# check: retries=3\n',
    });
    const runtime = stub('cpython', '1\n');
    const report = await check(root, [runtime]);
    expect(report.results.map(({ path, results, failure }) => ({ path, runs: results.length, failure }))).toEqual([
      { path: 'examples/python/a.py', runs: 1, failure: undefined },
      { path: 'examples/python/b.py', runs: 0, failure: { location: 'examples/python/b.py:2', message: 'region "main" is never closed' } },
      { path: 'examples/python/c.py', runs: 1, failure: undefined },
      {
        path: 'examples/python/d.py',
        runs: 0,
        failure: { location: 'examples/python/d.py:1', message: expect.stringMatching(/^unknown check setting "retries=3"/) },
      },
    ]);
    expect(runtime.runs.map((run) => run.id)).toEqual(['python/a.py', 'python/c.py']);
  });

  it('an example file it cannot read stops the check with that error (a problem of the machine, not of the example)', async () => {
    const root = project({ 'python/a.py': 'print(1)\n' });
    symlinkSync(join(root, 'nowhere.py'), join(root, 'examples', 'python', 'gone.py'));
    await expect(check(root, [stub('cpython', '1\n')])).rejects.toThrow(/ENOENT/);
  });

  it('a failed batch preparation (the type check) is the result, with no output, and the example does not run', async () => {
    const root = project({ 'python/x.py': 'print(1)\n', 'python/x.out': '1\n' });
    const runtime = stub('cpython', '1\n');
    const typeError: Failure = { location: 'examples/python/x.py:1', message: 'type error (1 in this file)' };
    runtime.prepare = () => Promise.resolve(new Map([['python/x.py', typeError]]));
    const [result] = (await check(root, [runtime])).results[0]!.results;
    expect(result).toMatchObject({ stdout: '', failure: typeError, cached: false });
    expect(runtime.runs).toEqual([]);
  });
});

describe('what a passing run must also do', () => {
  it('fails a run that wrote to stderr, showing what it wrote, unless the example says stderr is shown', async () => {
    const root = project({ 'python/x.py': 'print(1)\n', 'python/x.out': '1\n' });
    const stderr = 'Exception ignored in: <finalize object at 0x7f>\nOSError: [Errno 30] Read-only file system\n';
    const [result] = (await check(root, [stub('cpython', () => ({ stdout: '1\n', stderr }))])).results[0]!.results;
    expect(result!.failure).toEqual({
      location: 'examples/python/x.py',
      message:
        'passed but wrote to stderr, shown below (a reader sees only stdout under the example; if stderr is part of what it shows, add a "check: stderr" comment)',
      detail: stderr.trimEnd(),
    });
  });

  it('with "check: stderr", checks stderr after stdout and shows both', async () => {
    const root = project({ 'python/x.py': '# check: stderr\n', 'python/x.out': '1\nwarned\n' });
    const report = await check(root, [stub('cpython', () => ({ stdout: '1\n', stderr: 'warned\n' }))]);
    expect(report.results[0]!.results[0]).toMatchObject({ stdout: '1\nwarned\n', failure: undefined });
  });

  it('does not run a file with a line longer than 64 characters, and says where', async () => {
    const root = project({ 'python/x.py': `print(1)\nprint("${'x'.repeat(60)}")\n`, 'python/x.out': '1\n' });
    const runtime = stub('cpython', '1\n');
    const [result] = (await check(root, [runtime])).results;
    expect(result!.failure).toEqual({ location: 'examples/python/x.py:2', message: expect.stringMatching(/^the line is 69 characters; example lines are at most 64/) });
    expect(runtime.runs).toEqual([]);
  });

  it('does not run a file whose mistake marker names no region, and says where', async () => {
    const root = project({ 'python/x.py': 'print(1)\n# mistake: region nope\n', 'python/x.out': '1\n' });
    const runtime = stub('cpython', '1\n');
    const [result] = (await check(root, [runtime])).results;
    expect(result!.failure).toEqual({ location: 'examples/python/x.py:2', message: '"mistake: region nope": no region named "nope"' });
    expect(runtime.runs).toEqual([]);
  });

  it('fails a run that printed nothing, and never records it, unless declared for that runtime', async () => {
    const root = project({ 'python/x.py': '# check: no-output-on=pypy (why)\n', 'python/x.out': 'old\n' });
    const report = await check(root, [stub('cpython', ''), stub('pypy', '')], { update: true });
    const [cpython, pypy] = report.results[0]!.results;
    expect(cpython!.failure?.message).toBe(
      'printed nothing: the page would show "Verified" over an empty output; print what the example shows (if printing nothing is right on a runtime, add a "check: no-output-on=<runtime ids> (<why>)" comment)',
    );
    expect(pypy!.failure).toBeUndefined();
    expect(read(root, 'python/x.out')).toBe('old\n');
  });
});

describe('which runtimes run an example, and with what', () => {
  it('gives each run the example time and memory limits and the output limit', async () => {
    const root = project({ 'python/a.py': 'print(1)\n', 'python/a.out': '1\n', 'python/b.py': '# check: timeout=30 memory=2G\nprint(1)\n', 'python/b.out': '1\n' });
    const runtime = stub('cpython', '1\n');
    await check(root, [runtime]);
    expect(runtime.runs).toEqual([
      { id: 'python/a.py', limits: { timeoutMs: DEFAULT_TIMEOUT_MS, maxOutputBytes: MAX_OUTPUT_BYTES, maxMemoryBytes: DEFAULT_MEMORY_BYTES } },
      { id: 'python/b.py', limits: { timeoutMs: 30_000, maxOutputBytes: MAX_OUTPUT_BYTES, maxMemoryBytes: 2 * 1024 ** 3 } },
    ]);
    await check(root, [runtime], { maxOutputBytes: 4096, filters: ['examples/python/a.py'] });
    expect(runtime.runs[2]!.limits.maxOutputBytes).toBe(4096);
  });

  it('runs an example only on the runtimes of its language', async () => {
    const root = project({ 'python/x.py': 'print(1)\n', 'python/x.out': '1\n', 'ts/y.ts': 'console.log(1);\n', 'ts/y.out': '1\n' });
    const python = stub('cpython', '1\n');
    const node = stub('node', '1\n', 'ts');
    const report = await check(root, [python, node]);
    expect(report.results.map((r) => [r.path, r.results.map((x) => x.runtime)])).toEqual([
      ['examples/python/x.py', ['cpython']],
      ['examples/ts/y.ts', ['node']],
    ]);
    expect([python.runs.map((r) => r.id), node.runs.map((r) => r.id)]).toEqual([['python/x.py'], ['ts/y.ts']]);
  });

  it('skips a runtime the example declares not-on, or one that cannot run it, and says why', async () => {
    const root = project({ 'python/x.py': '# check: not-on=pypy (no sys.getrefcount)\nprint(1)\n', 'python/x.out': '1\n' });
    const cpython = stub('cpython', '1\n');
    const pypy = stub('pypy', '1\n');
    const py312 = stub('py312', '1\n');
    py312.unsupported = (example) => (example.id === 'python/x.py' ? 'needs a process of its own' : undefined);
    const report = await check(root, [cpython, pypy, py312]);
    expect(report.results[0]!.results.map((r) => r.runtime)).toEqual(['cpython']);
    expect(report.results[0]!.skipped).toEqual([
      { runtime: 'pypy', label: 'Stub pypy 1.0', brief: { family: 'Stub pypy', shortVersion: '1', engine: 'StubVM' }, reason: 'no sys.getrefcount' },
      { runtime: 'py312', label: 'Stub py312 1.0', brief: { family: 'Stub py312', shortVersion: '1', engine: 'StubVM' }, reason: 'needs a process of its own' },
    ]);
    expect([pypy.runs, py312.runs]).toEqual([[], []]);
  });

  it('lists results in the order of the runtimes, whichever finishes first', async () => {
    const root = project({ 'python/x.py': 'print(1)\n', 'python/x.out': '1\n' });
    const slow = stub('cpython', '1\n');
    const run = slow.run;
    slow.run = async (example, limits) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return run(example, limits);
    };
    const report = await check(root, [slow, stub('py312', '1\n'), stub('pypy', '1\n')]);
    expect(report.results[0]!.results.map((r) => r.runtime)).toEqual(['cpython', 'py312', 'pypy']);
  });

  it('prepares a batch once for the runtimes that share the step, with only the examples they run', async () => {
    // b.py runs on PyPy alone, which prepares its own batch.
    const root = project({ 'python/a.py': 'print(1)\n', 'python/a.out': '1\n', 'python/b.py': '# check: not-on=cpython,py312 (why)\n', 'python/b.out': 'b\n' });
    const batches = (calls: string[][]) => (examples: ExampleFile[]) => {
      calls.push(examples.map((example) => example.id));
      return Promise.resolve(new Map<string, Failure>());
    };
    const shared: string[][] = [];
    const own: string[][] = [];
    const print = (example: ExampleFile) => ({ stdout: example.id === 'python/a.py' ? '1\n' : 'b\n' });
    const runtimes = [stub('cpython', print), stub('py312', print), stub('pypy', print)];
    runtimes[0]!.prepare = runtimes[1]!.prepare = batches(shared);
    runtimes[2]!.prepare = batches(own);
    const report = await check(root, runtimes);
    expect(report.results.flatMap((r) => r.results.map((x) => x.failure))).toEqual([undefined, undefined, undefined, undefined]);
    expect(shared).toEqual([['python/a.py']]);
    expect(own).toEqual([['python/a.py', 'python/b.py']]);

    // A runtime with nothing to run prepares nothing.
    shared.length = 0;
    await check(root, [runtimes[1]!], { filters: ['examples/python/b.py'] });
    expect(shared).toEqual([]);
  });

  it('remembers passing results in <root>/.cache/examples unless told otherwise', async () => {
    const root = project({ 'python/x.py': 'print(1)\n', 'python/x.out': '1\n' });
    const runtime = stub('cpython', '1\n');
    await checkExamples({ root, runtimes: [runtime] });
    expect(readdirSync(join(root, '.cache', 'examples'))).toHaveLength(1);
    const again = await checkExamples({ root, runtimes: [runtime] });
    expect(again.results[0]!.results[0]!.cached).toBe(true);
    expect(runtime.runs).toHaveLength(1);
  });
});

describe('writing expected outputs', () => {
  it('a check without --update never writes, even where the files could be tidier', async () => {
    const root = project({ 'python/x.py': 'print(1)\n', 'python/x.out': '1\n', 'python/x.cpython.out': '1\n' });
    const report = await check(root, [stub('cpython', '1\n'), stub('pypy', '1\n')]);
    expect(report.updated).toEqual([]);
    expect(report.results[0]!.results.map((r) => r.failure)).toEqual([undefined, undefined]);
    expect(read(root, 'python/x.cpython.out')).toBe('1\n');
  });

  it('--update records the output every run agreed on', async () => {
    const root = project({ 'python/x.py': 'print(1)\n', 'python/x.out': 'old\n' });
    const runtime = stub('cpython', '1\n');
    const report = await check(root, [runtime], { update: true });
    expect(report.updated).toEqual([join(root, 'examples/python/x.out')]);
    expect(read(root, 'python/x.out')).toBe('1\n');
    expect(runtime.runs).toHaveLength(3);
  });

  it('--update refuses output that differs between runs, naming the runs in the diff', async () => {
    const root = project({ 'python/x.py': 'import random\n', 'python/x.out': 'old\n' });
    const runtime = stub('cpython', (_, attempt) => ({ stdout: attempt === 3 ? '7\n' : '4\n' }));
    const report = await check(root, [runtime], { update: true });
    expect(report.results[0]!.results[0]!.failure).toEqual({
      location: 'examples/python/x.py',
      message:
        'output differs between runs, and output that varies is not recorded: when the collector runs (collect explicitly: gc.collect()); the order of a set or WeakSet of objects hashed by id (sort what you print); random numbers (seed them); times, ids or addresses (print what they show, not their values)',
      detail: '--- run 1\n+++ run 3\n@@ -1,1 +1,1 @@\n-4\n+7',
    });
    expect(report.results[0]!.results[0]!.stdout).toBe('7\n');
    expect(report.updated).toEqual([]);
    expect(read(root, 'python/x.out')).toBe('old\n');
  });

  it('--update refuses a later run that fails, and writes nothing when any runtime failed', async () => {
    const root = project({ 'python/x.py': 'print(1)\n', 'python/x.out': 'old\n' });
    const crashes = stub('cpython', (_, attempt) => (attempt === 2 ? { stdout: '1\n', stderr: 'Traceback (most recent call last):\nValueError: boom\n', exitCode: 1 } : { stdout: '1\n' }));
    const report = await check(root, [crashes, stub('pypy', '1\n')], { update: true });
    expect(report.results[0]!.results.map((r) => r.failure?.message)).toEqual(['exited with status 1', undefined]);
    expect(crashes.runs).toHaveLength(2);
    expect(report.updated).toEqual([]);
    expect(read(root, 'python/x.out')).toBe('old\n');
    expect(existsSync(join(root, 'examples/python/x.pypy.out'))).toBe(false);
  });
});
