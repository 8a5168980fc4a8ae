/**
 * Every kind of broken example must fail, on every runtime of its language, with a message that names the
 * file and line. The fixtures are real programs run on real interpreters.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkExamples, type CheckReport } from '../../src/engine/check.ts';
import { formatFailures } from '../../src/engine/report.ts';
import { detectRuntimes } from '../../src/engine/runtimes/index.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'broken');
const { runtimes } = await detectRuntimes(join(process.cwd(), '.cache'));
const python = runtimes.filter((r) => r.language === 'python').map((r) => r.label);
const pythonIds = runtimes.filter((r) => r.language === 'python').map((r) => r.id);
let report: CheckReport;

beforeAll(async () => {
  report = await checkExamples({ root, runtimes, cacheDir: false, maxOutputBytes: 1024 * 1024 });
});
afterAll(() => Promise.all(runtimes.map((r) => r.dispose())));

function failures(file: string) {
  const result = report.results.find((r) => r.path === `examples/${file}`);
  if (!result) throw new Error(`no result for ${file}`);
  return result.results.map(({ label, failure }) => ({ label, ...failure }));
}

describe('broken examples', () => {
  it('runs Python on the three Pyodide builds of CPython at least', () => {
    expect(pythonIds).toEqual(expect.arrayContaining(['py312', 'py313', 'py314']));
  });

  it.each([
    ['syntax_error.py', 'examples/python/syntax_error.py:3', /uncaught exception: SyntaxError/],
    ['uncaught.py', 'examples/python/uncaught.py:4', /uncaught exception: TypeError: cannot create weak reference to 'int' object/],
    ['wrong_output.py', 'examples/python/wrong_output.out:2', /output of examples\/python\/wrong_output.py differs from examples\/python\/wrong_output.out/],
    ['missing_out.py', 'examples/python/missing_out.py', /no expected output: create examples\/python\/missing_out.out with `npx starlight-checked-examples --update examples\/python\/missing_out.py`/],
    ['nonzero_exit.py', 'examples/python/nonzero_exit.py', /exited with status 3/],
  ])('%s fails on every Python runtime', (file, location, message) => {
    const found = failures(`python/${file}`);
    expect(found.map((f) => f.label)).toEqual(python);
    for (const failure of found) {
      expect(failure.location, failure.label).toBe(location);
      expect(failure.message, failure.label).toMatch(message);
    }
  });

  it('stops a program that prints too much and names the line it was at', () => {
    const found = failures('python/huge_output.py');
    expect(found.map((f) => f.label)).toEqual(python);
    for (const failure of found) {
      // The interrupt lands on the loop or on the print, whichever runs at that moment.
      expect(failure.location, failure.label).toMatch(/^examples\/python\/huge_output.py:[23]$/);
      expect(failure.message).toBe('printed more than 1024 KiB of output and was stopped');
    }
  });

  it('stops an endless loop at its CPU-time limit and names the line it was stuck on', () => {
    const found = failures('python/infinite_loop.py');
    expect(found.map((f) => f.label)).toEqual(python);
    for (const failure of found) {
      expect(failure.location, failure.label).toMatch(/^examples\/python\/infinite_loop.py:[34]$/);
      expect(failure.message).toMatch(/^used more than 2 s of CPU time/);
    }
  });

  it('shows a unified diff for wrong output', () => {
    expect(failures('python/wrong_output.py')[0]!.detail).toContain('-2\n+two');
  });

  it('maps a traceback to the example file', () => {
    const detail = failures('python/uncaught.py')[0]!.detail!;
    expect(detail).toContain('File "examples/python/uncaught.py", line 4');
  });

  it('rejects an unclosed region before running anything', () => {
    const result = report.results.find((r) => r.path === 'examples/python/unclosed_region.py')!;
    expect(result.results).toEqual([]);
    expect(result.failure).toEqual({ location: 'examples/python/unclosed_region.py:2', message: 'region "main" is never closed' });
  });

  it('fails a TypeScript type error with file:line:col and does not run it', () => {
    const [failure] = failures('ts/type_error.ts');
    expect(failure!.location).toBe('examples/ts/type_error.ts:2:7');
    expect(failure!.message).toBe('type error (1 in this file)');
    expect(failure!.detail).toContain("TS2322: Type 'string' is not assignable to type 'number'.");
  });

  it('fails an example that declares a compile error which does not occur', () => {
    const [failure] = failures('ts/expect_error_unused.ts');
    expect(failure!.location).toBe('examples/ts/expect_error_unused.ts:2:1');
    expect(failure!.detail).toContain("TS2578: Unused '@ts-expect-error' directive.");
  });

  it('reports wrong output on every Python runtime as one diff with the fix', () => {
    const blocks = formatFailures(report).filter((block) => block.startsWith('✗ examples/python/wrong_output.out'));
    expect(blocks).toHaveLength(1);
    // Headed with every Python runtime this machine has, each family once: `CPython 3.11 · 3.12, PyPy 3.9`.
    const families = Map.groupBy(runtimes.filter((r) => r.language === 'python'), (r) => r.family);
    const heading = [...families].map(([family, members]) => `${family} ${[...new Set(members.map((r) => r.shortVersion))].join(' · ')}`).join(', ');
    expect(blocks[0]!.startsWith(`✗ examples/python/wrong_output.out:2 [${heading}]: `), blocks[0]).toBe(true);
    expect(blocks[0]).toContain('-2\n    +two');
    expect(blocks[0]).toContain('→ if the new output is right: npx starlight-checked-examples --update examples/python/wrong_output.py');
  });

  it('rejects a parameter property and shows the rewrite that type stripping can run', () => {
    const [failure] = failures('ts/parameter_property.ts');
    expect(failure!.location).toBe('examples/ts/parameter_property.ts:3:15');
    expect(failure!.detail).toContain("TS1294: This syntax is not allowed when 'erasableSyntaxOnly' is enabled.");
    const block = formatFailures(report).find((text) => text.startsWith('✗ examples/ts/parameter_property.ts'));
    expect(block).toContain('constructor(readonly name: string) {}  →  readonly name: string; constructor(name: string) { this.name = name; }');
  });

  it('fails an uncaught TypeScript exception at its line', () => {
    const [failure] = failures('ts/throws.ts');
    expect(failure!.location).toBe('examples/ts/throws.ts:2');
    expect(failure!.message).toBe('uncaught exception: RangeError: out of range');
  });
});
