import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/engine/check.ts';
import { fixHint } from '../../src/engine/hints.ts';
import { formatFailures, formatSummary, hasFailures } from '../../src/engine/report.ts';
import type { ExampleFile, RuntimeBrief, RuntimeResult } from '../../src/engine/types.ts';

const example = { id: 'python/x.py', displayPath: 'examples/python/x.py', language: 'python' } as ExampleFile;

/** A result whose output differs from `examples/python/x.out`, with the diff the check makes for that runtime. */
function mismatch(label: string, printed: string): RuntimeResult {
  const diff = `--- examples/python/x.out\n+++ actual output (${label})\n@@ -1,1 +1,1 @@\n-1\n+${printed}`;
  return {
    runtime: 'cpython',
    label,
    brief: BRIEFS[label]!,
    stdout: `${printed}\n`,
    cached: false,
    failure: { location: 'examples/python/x.out:1', message: 'output of examples/python/x.py differs from examples/python/x.out', detail: diff },
  };
}

const BRIEFS: Record<string, RuntimeBrief> = {
  'CPython 3.11.7': { family: 'CPython', shortVersion: '3.11' },
  'CPython 3.12.7 (Pyodide 0.27.7)': { family: 'CPython', shortVersion: '3.12' },
  'CPython 3.13.2 (Pyodide 0.29.3)': { family: 'CPython', shortVersion: '3.13' },
  'PyPy 7.3.11 (Python 3.9.16)': { family: 'PyPy', shortVersion: '3.9' },
};

const report = (results: RuntimeResult[]): CheckReport => ({ results: [{ path: example.displayPath, example, results }], updated: [], notices: [] });

describe('failure report', () => {
  it('prints one diff for runtimes that fail the same way, headed with all of them', () => {
    const blocks = formatFailures(report([mismatch('CPython 3.11.7', '0'), mismatch('PyPy 7.3.11 (Python 3.9.16)', '0'), mismatch('CPython 3.12.7 (Pyodide 0.27.7)', '0')]));
    expect(blocks).toEqual([
      [
        '✗ examples/python/x.out:1 [CPython 3.11 · 3.12, PyPy 3.9]: output of examples/python/x.py differs from examples/python/x.out',
        '    --- examples/python/x.out',
        '    +++ actual output',
        '    @@ -1,1 +1,1 @@',
        '    -1',
        '    +0',
        '    → if the new output is right: npx starlight-checked-examples --update examples/python/x.py',
      ].join('\n'),
    ]);
    const own = formatFailures(report([mismatch('CPython 3.11.7', '0')]), 'npm run examples --');
    expect(own[0]).toContain('→ if the new output is right: npm run examples -- --update examples/python/x.py');
  });

  it('prints separate diffs where the outputs differ', () => {
    const blocks = formatFailures(report([mismatch('CPython 3.11.7', '0'), mismatch('PyPy 7.3.11 (Python 3.9.16)', '2'), mismatch('CPython 3.13.2 (Pyodide 0.29.3)', '0')]));
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^✗ examples\/python\/x\.out:1 \[CPython 3\.11 · 3\.13\]/);
    expect(blocks[0]).toContain('+0');
    // A runtime alone is named with its exact version.
    expect(blocks[1]).toMatch(/^✗ examples\/python\/x\.out:1 \[PyPy 7\.3\.11 \(Python 3\.9\.16\)\]/);
    expect(blocks[1]).toContain('+2');
  });
});

const passed = (label: string, cached = false): RuntimeResult => ({ runtime: 'cpython', label, brief: BRIEFS[label]!, stdout: '1\n', cached });
const broken: CheckReport['results'][number] = {
  path: 'examples/python/broken.py',
  results: [],
  failure: { location: 'examples/python/broken.py:4', message: 'region "main" is never closed' },
};

describe('failure report: what goes in a block', () => {
  it('a file that could not be loaded is one line, with its place; passing results print nothing', () => {
    const blocks = formatFailures({ results: [broken, ...report([passed('CPython 3.11.7'), mismatch('PyPy 7.3.11 (Python 3.9.16)', '0')]).results], updated: [], notices: [] });
    expect(blocks).toEqual([
      '✗ examples/python/broken.py:4: region "main" is never closed',
      expect.stringMatching(/^✗ examples\/python\/x\.out:1 \[PyPy 7\.3\.11 \(Python 3\.9\.16\)\]: output of /),
    ]);
    expect(formatFailures(report([passed('CPython 3.11.7')]))).toEqual([]);
  });

  it('a failure without detail or hint is its heading alone', () => {
    const crash: RuntimeResult = { ...passed('CPython 3.11.7'), failure: { location: 'examples/python/x.py:3', message: 'uncaught exception: KeyError: 1' } };
    expect(formatFailures(report([crash]))).toEqual(['✗ examples/python/x.py:3 [CPython 3.11.7]: uncaught exception: KeyError: 1']);
  });

  it('groups runtimes only when place, message and detail all agree', () => {
    const failing = (label: string, location: string, message: string): RuntimeResult => ({ ...passed(label), failure: { location, message } });
    // Joined without a separator, these two would read the same: "x.py:12" + "a" and "x.py:1" + "2a".
    const blocks = formatFailures(report([failing('CPython 3.11.7', 'examples/python/x.py:1', '2a'), failing('CPython 3.12.7 (Pyodide 0.27.7)', 'examples/python/x.py:12', 'a')]));
    expect(blocks).toEqual([
      '✗ examples/python/x.py:1 [CPython 3.11.7]: 2a',
      '✗ examples/python/x.py:12 [CPython 3.12.7 (Pyodide 0.27.7)]: a',
    ]);
  });
});

describe('failure report: the same mistake on several runtimes', () => {
  const crash = (label: string, detail: string): RuntimeResult => ({
    ...passed(label),
    failure: { location: 'examples/python/x.py:3', message: 'uncaught exception: KeyError: 1', detail },
  });

  it('is one block when tracebacks differ only in detail, showing the first and saying whose it is', () => {
    const blocks = formatFailures(
      report([
        crash('CPython 3.11.7', 'File "examples/python/x.py", line 3\n    d[1]\n    ~^^^\nKeyError: 1'),
        crash('PyPy 7.3.11 (Python 3.9.16)', 'File "examples/python/x.py", line 3\nKeyError: 1'),
      ]),
    );
    expect(blocks).toEqual([
      [
        '✗ examples/python/x.py:3 [CPython 3.11, PyPy 3.9]: uncaught exception: KeyError: 1',
        '    File "examples/python/x.py", line 3',
        '        d[1]',
        '        ~^^^',
        '    KeyError: 1',
        "    (as CPython 3.11.7 printed it; the other runtimes' differ only in detail)",
      ].join('\n'),
    ]);
  });

  it('says nothing of other runtimes when every detail is the same', () => {
    const same = 'File "examples/python/x.py", line 3\nKeyError: 1';
    const [block] = formatFailures(report([crash('CPython 3.11.7', same), crash('PyPy 7.3.11 (Python 3.9.16)', same)]));
    expect(block).not.toContain('differ only in detail');
  });

  it('explains a write the sandbox refused, which otherwise reads like a broken disk', () => {
    const refused = crash('CPython 3.11.7', "OSError: [Errno 30] Read-only file system: 'examples/python/cleanup.log'");
    expect(formatFailures(report([refused]))[0]).toContain('→ examples may write only in their working directory (a fresh empty folder for each run)');
    const bun = crash('CPython 3.11.7', "EROFS: read-only file system, open '/work/examples/ts/x.log'");
    expect(formatFailures(report([bun]))[0]).toContain('→ examples may write only in their working directory');
  });
});

describe('summary', () => {
  it('counts passed, failed and cached results per runtime, what did not run there, and files that did not load', () => {
    const results = [passed('CPython 3.11.7', true), passed('PyPy 7.3.11 (Python 3.9.16)'), mismatch('CPython 3.11.7', '0'), passed('CPython 3.11.7')];
    const skipped = [{ runtime: 'pypy' as const, label: 'PyPy 7.3.11 (Python 3.9.16)', brief: BRIEFS['PyPy 7.3.11 (Python 3.9.16)']!, reason: 'why' }];
    const summary = formatSummary({
      results: [broken, { ...report(results).results[0]!, skipped }, { ...report([]).results[0]!, skipped: [skipped[0]!, skipped[0]!] }],
      updated: [],
      notices: [],
    });
    expect(summary).toEqual([
      'CPython 3.11.7: 2 passed, 1 failed (1 cached)',
      'PyPy 7.3.11 (Python 3.9.16): 1 passed, 0 failed, 3 not run there (see their provenance)',
      '1 example file(s) could not be loaded',
    ]);
    expect(formatSummary(report([passed('CPython 3.11.7')]))).toEqual(['CPython 3.11.7: 1 passed, 0 failed']);
  });

  it('has failures when a file did not load or any runtime failed, and not otherwise', () => {
    expect(hasFailures(report([passed('CPython 3.11.7'), passed('PyPy 7.3.11 (Python 3.9.16)')]))).toBe(false);
    expect(hasFailures({ results: [...report([passed('CPython 3.11.7')]).results, broken], updated: [], notices: [] })).toBe(true);
    expect(hasFailures({ results: [...report([passed('CPython 3.11.7')]).results, ...report([passed('CPython 3.11.7'), mismatch('PyPy 7.3.11 (Python 3.9.16)', '0')]).results], updated: [], notices: [] })).toBe(true);
    expect(hasFailures({ results: [], updated: [], notices: [] })).toBe(false);
  });
});

describe('fix hints', () => {
  it('suggests the rewrite of a parameter property, which type stripping cannot run', () => {
    const failure = { location: 'examples/ts/x.ts:2:15', message: 'type error (1 in this file)', detail: "examples/ts/x.ts:2:15: TS1294: This syntax is not allowed when 'erasableSyntaxOnly' is enabled." };
    expect(fixHint(example, failure)).toContain('readonly name: string; constructor(name: string) { this.name = name; }');
  });

  it('explains noUnusedLocals', () => {
    const failure = { location: 'examples/ts/x.ts:1:7', message: 'type error (1 in this file)', detail: "examples/ts/x.ts:1:7: TS6133: 'x' is declared but its value is never read." };
    expect(fixHint(example, failure)).toMatch(/^noUnusedLocals is on/);
  });

  it('gives no hint where it knows no fix', () => {
    expect(fixHint(example, { location: 'examples/python/x.py:3', message: 'uncaught exception: KeyError: 1' })).toBeUndefined();
  });
});
