/**
 * Invariants of the check (check.ts, expected.ts), pinned with stub runtimes: plain objects that print what the test
 * tells them, so every machine runs the same cases whatever interpreters it has. A failure is never cached; a new
 * engine version, or any other part of a result's key, runs it again; `--update` records as `<name>.out` the output
 * most runtimes agree on, wherever the dissenting runtimes are in the order.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkExamples, type CheckReport } from '../../src/engine/check.ts';
import { loadExample } from '../../src/engine/discover.ts';
import { expectedPath, writeExpected } from '../../src/engine/expected.ts';
import { hasFailures } from '../../src/engine/report.ts';
import type { ExampleFile, Failure, RunOutput, Runtime, RuntimeId } from '../../src/engine/types.ts';
import { exampleProject } from '../helpers/example-project.ts';

// The engine version as check.ts sees it, so a test can change the engine without editing it (cache.test.ts shows
// that a change to any engine file changes the real version).
const engine = vi.hoisted(() => ({ version: 'engine-1' }));
vi.mock('../../src/engine/cache.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/engine/cache.ts')>()),
  engineVersion: () => engine.version,
}));
beforeEach(() => {
  engine.version = 'engine-1';
});

const PYTHON_IDS: RuntimeId[] = ['cpython', 'py312', 'py313', 'py314', 'pypy'];

interface Stub extends Runtime {
  /** How its next runs end: what they print, their exit code... */
  print: (example: ExampleFile) => Partial<RunOutput>;
  /** Ids of the examples it ran, in order. */
  ran: string[];
}

/** A Python runtime that prints `stdout` (or what `print` says for the example) and exits 0. */
function stub(id: RuntimeId, stdout: string | ((example: ExampleFile) => Partial<RunOutput>) = ''): Stub {
  const runtime: Stub = {
    id,
    language: 'python',
    label: `Stub ${id} 1.0`,
    family: `Stub ${id}`,
    shortVersion: '1',
    version: `stub ${id} 1.0`,
    print: typeof stdout === 'string' ? () => ({ stdout }) : stdout,
    ran: [],
    run: (example) => {
      runtime.ran.push(example.id);
      return Promise.resolve({ stdout: '', stderr: '', exitCode: 0, timedOut: false, outputExceeded: false, ...runtime.print(example) });
    },
    dispose: () => Promise.resolve(),
  };
  return runtime;
}

/** A throw-away project with `files` under examples/; its cache goes to `<root>/cache`. */
const project = (files: Record<string, string>) => exampleProject('check-invariants-', files);
const cached = (root: string) => (existsSync(join(root, 'cache')) ? readdirSync(join(root, 'cache')) : []);
const outcomes = (report: CheckReport) => report.results.flatMap((r) => r.results.map(({ runtime, cached, failure }) => ({ runtime, cached, failed: Boolean(failure) })));

describe('the result cache in a check', () => {
  const fails: [string, Partial<RunOutput>][] = [
    ['a wrong output', { stdout: 'wrong\n' }],
    ['a non-zero exit', { stdout: 'right\n', stderr: 'Traceback (most recent call last):\nSystemExit: 1\n', exitCode: 1 }],
    ['a time-out', { stdout: 'right\n', timedOut: true, exitCode: null }],
    ['too much output', { stdout: 'right\n', outputExceeded: true, exitCode: null }],
  ];
  it.each(fails)('never caches a failure (%s): the next check runs the example again and fails again', async (_, failing) => {
    const root = project({ 'python/x.py': 'print("right")\n', 'python/x.out': 'right\n' });
    const runtime = stub('cpython', () => failing);
    const check = () => checkExamples({ root, runtimes: [runtime], cacheDir: join(root, 'cache') });
    expect(outcomes(await check())).toEqual([{ runtime: 'cpython', cached: false, failed: true }]);
    expect(outcomes(await check())).toEqual([{ runtime: 'cpython', cached: false, failed: true }]);
    expect(runtime.ran).toEqual(['python/x.py', 'python/x.py']);
    expect(cached(root)).toEqual([]);

    // Control: once it passes, it is cached and the next check does not run it.
    runtime.print = () => ({ stdout: 'right\n' });
    expect(outcomes(await check())).toEqual([{ runtime: 'cpython', cached: false, failed: false }]);
    expect(cached(root)).toHaveLength(1);
    const again = await check();
    expect(outcomes(again)).toEqual([{ runtime: 'cpython', cached: true, failed: false }]);
    expect(again.results[0]!.results[0]!.stdout).toBe('right\n');
    expect(runtime.ran).toHaveLength(3);
  });

  it('never caches a failure of the batch preparation (the type check) nor a missing expected output', async () => {
    const root = project({ 'python/typed.py': 'print(1)\n', 'python/typed.out': '1\n', 'python/new.py': 'print(1)\n' });
    const runtime = stub('cpython', '1\n');
    const typeError: Failure = { location: 'examples/python/typed.py:1', message: 'type error (1 in this file)' };
    const prepared: string[][] = [];
    runtime.prepare = (examples) => {
      prepared.push(examples.map((example) => example.id));
      return Promise.resolve(new Map([['python/typed.py', typeError]]));
    };
    for (const attempt of [1, 2]) {
      const report = await checkExamples({ root, runtimes: [runtime], cacheDir: join(root, 'cache') });
      expect(report.results.map((r) => [r.path, r.results[0]!.failure?.message, r.results[0]!.cached]), `check ${attempt}`).toEqual([
        ['examples/python/new.py', expect.stringMatching(/^no expected output: create examples\/python\/new\.out /), false],
        ['examples/python/typed.py', 'type error (1 in this file)', false],
      ]);
    }
    expect(prepared).toEqual([
      ['python/new.py', 'python/typed.py'],
      ['python/new.py', 'python/typed.py'],
    ]);
    expect(runtime.ran).toEqual(['python/new.py', 'python/new.py']);
    expect(cached(root)).toEqual([]);
  });

  it('runs every result again when the engine changes, then caches them under the new version', async () => {
    const root = project({ 'python/a.py': 'print("a")\n', 'python/a.out': 'a\n', 'python/b.py': 'print("b")\n', 'python/b.out': 'b\n' });
    const printsName = (example: ExampleFile) => ({ stdout: `${example.id.slice(7, 8)}\n` });
    const runtimes = [stub('cpython', printsName), stub('pypy', printsName)];
    const check = async () => outcomes(await checkExamples({ root, runtimes, cacheDir: join(root, 'cache') }));
    const all = (cached: boolean) => ['cpython', 'pypy', 'cpython', 'pypy'].map((runtime) => ({ runtime, cached, failed: false }));

    expect(await check()).toEqual(all(false));
    expect(await check()).toEqual(all(true));
    engine.version = 'engine-2';
    expect(await check()).toEqual(all(false));
    expect(await check()).toEqual(all(true));
    expect(runtimes.map((r) => r.ran.length)).toEqual([4, 4]);
  });

  // Every part of the key is needed: without it, a changed example, output file, runtime or limit would pass as
  // "cached". (The time and memory limits come from the source's `check:` comment, so the source covers them.)
  const changes: [string, (root: string, runtime: Stub) => Partial<Parameters<typeof checkExamples>[0]> | void][] = [
    ['the example source', (root) => writeFileSync(join(root, 'examples/python/x.py'), 'print("right")  # edited\n')],
    ['the expected output', (root) => writeFileSync(join(root, 'examples/python/x.out'), 'right\n\n')],
    ["the runtime's version", (_, runtime) => void (runtime.version = 'stub cpython 1.1')],
    ['the runtime', (_, runtime) => ({ runtimes: [{ ...runtime, id: 'pypy' }] })],
    ['the output limit', () => ({ maxOutputBytes: 2 << 20 })],
  ];
  it.each(changes)('runs an example again when %s changed', async (_, change) => {
    const root = project({ 'python/x.py': 'print("right")\n', 'python/x.out': 'right\n' });
    const runtime = stub('cpython', 'right\n');
    const options = { root, runtimes: [runtime] as Runtime[], cacheDir: join(root, 'cache') };
    await checkExamples(options);
    expect(outcomes(await checkExamples(options))).toEqual([{ runtime: 'cpython', cached: true, failed: false }]);
    const changed = { ...options, ...change(root, runtime) };
    expect(outcomes(await checkExamples(changed))[0]).toMatchObject({ cached: false, failed: false });
    expect(runtime.ran).toHaveLength(2);
  });

  it('ignores the cache with --update, running each example UPDATE_RUNS times', async () => {
    const root = project({ 'python/x.py': 'print("right")\n', 'python/x.out': 'right\n' });
    const runtime = stub('cpython', 'right\n');
    await checkExamples({ root, runtimes: [runtime], cacheDir: join(root, 'cache') });
    const report = await checkExamples({ root, runtimes: [runtime], cacheDir: join(root, 'cache'), update: true });
    expect(outcomes(report)).toEqual([{ runtime: 'cpython', cached: false, failed: false }]);
    expect(runtime.ran).toHaveLength(1 + 3);
  });
});

describe('the majority vote for <name>.out', () => {
  const subsets = <T>(items: T[]): T[][] => items.reduce<T[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]).slice(1);
  const assignments = (count: number, values: string[]): string[][] =>
    count === 0 ? [[]] : assignments(count - 1, values).flatMap((rest) => values.map((value) => [value, ...rest]));
  // Every set of Python runtimes a machine can have (in the check's order), each printing one of three outputs.
  const machines = subsets(PYTHON_IDS).flatMap((ids) => assignments(ids.length, ['A\n', 'B\n', 'C\n']).map((printed) => ids.map((runtime, i) => ({ runtime, stdout: printed[i]! }))));

  it(`writes the output most runtimes print, the first of them on a tie, on all ${machines.length} machines`, () => {
    const root = project({ 'python/vote.py': 'print()\n' });
    const example = loadExample(root, join(root, 'examples'), join(root, 'examples/python/vote.py'));
    const wrong: string[] = [];
    for (const outputs of machines) {
      rmSync(expectedPath(example), { force: true });
      // Per-runtime files of an earlier update: rewritten or removed for the runtimes that ran, kept for the rest.
      for (const id of PYTHON_IDS) writeFileSync(expectedPath(example, id), 'earlier\n');
      writeExpected(example, outputs);

      const machine = outputs.map((o) => `${o.runtime}=${o.stdout.trim()}`).join(' ');
      const common = readFileSync(expectedPath(example), 'utf8');
      const votes = (stdout: string) => outputs.filter((o) => o.stdout === stdout).length;
      const first = (stdout: string) => outputs.findIndex((o) => o.stdout === stdout);
      const beaten = outputs.some(({ stdout }) => votes(stdout) > votes(common) || (votes(stdout) === votes(common) && first(stdout) < first(common)));
      if (votes(common) === 0 || beaten) wrong.push(`${machine}: .out is ${common.trim()}`);
      for (const id of PYTHON_IDS) {
        const own = outputs.find((o) => o.runtime === id);
        const file = existsSync(expectedPath(example, id)) ? readFileSync(expectedPath(example, id), 'utf8') : undefined;
        const want = !own ? 'earlier\n' : own.stdout === common ? undefined : own.stdout;
        if (file !== want) wrong.push(`${machine}: .${id}.out is ${file?.trim()}, not ${want?.trim()}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(PYTHON_IDS.map((id, index) => [id, index] as const))('records the majority through --update when %s alone differs', async (odd, index) => {
    const runtimes = PYTHON_IDS.map((id, i) => stub(id, i === index ? 'odd\n' : 'even\n'));
    const root = project({ 'python/vote.py': 'print()\n' });
    const update = await checkExamples({ root, runtimes, update: true, cacheDir: false });
    expect(update.updated).toEqual([join(root, 'examples/python/vote.out'), join(root, `examples/python/vote.${odd}.out`)]);
    expect(readFileSync(join(root, 'examples/python/vote.out'), 'utf8')).toBe('even\n');
    expect(readFileSync(join(root, `examples/python/vote.${odd}.out`), 'utf8')).toBe('odd\n');
    expect(hasFailures(await checkExamples({ root, runtimes, cacheDir: false }))).toBe(false);
  });

  it('counts outputs that differ only where normalisation applies as one, and writes the first of them', () => {
    const root = project({ 'python/address.py': 'print(object())\n' });
    const example = loadExample(root, join(root, 'examples'), join(root, 'examples/python/address.py'));
    const written = writeExpected(example, [
      { runtime: 'cpython', stdout: '<object at 0x7f0000000001>\n' },
      { runtime: 'py312', stdout: 'something else\n' },
      { runtime: 'py313', stdout: '<object at 0x7f0000000002>\n' },
    ]);
    expect(written).toEqual([expectedPath(example), expectedPath(example, 'py312')]);
    expect(readFileSync(expectedPath(example), 'utf8')).toBe('<object at 0x7f0000000001>\n');
    expect(existsSync(expectedPath(example, 'py313'))).toBe(false);

    // A later update whose addresses differ rewrites nothing: no churn in review.
    expect(writeExpected(example, [{ runtime: 'cpython', stdout: '<object at 0x7f00000000aa>\n' }])).toEqual([]);
    expect(readFileSync(expectedPath(example), 'utf8')).toBe('<object at 0x7f0000000001>\n');
  });

  it('writes nothing without outputs', () => {
    const root = project({ 'python/none.py': 'print()\n' });
    const example = loadExample(root, join(root, 'examples'), join(root, 'examples/python/none.py'));
    expect(writeExpected(example, [])).toEqual([]);
    expect(readdirSync(join(root, 'examples/python'))).toEqual(['none.py']);
  });
});
