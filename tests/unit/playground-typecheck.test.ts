import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compilerOptions, createChecker, LIB_FILES } from '../../packages/starlight-checked-examples/src/components/playground/typecheck.ts';
import { needsBrowser, needsNode, readDirectives } from 'starlight-checked-examples/engine';
import { EXAMPLE_COMPILER_OPTIONS } from 'starlight-checked-examples/runtime';

const LIB = join(import.meta.dirname, '..', '..', 'node_modules', 'typescript', 'lib');
const libs = new Map(readdirSync(LIB).filter((name) => LIB_FILES.test(name)).map((name) => [name, readFileSync(join(LIB, name), 'utf8')]));
const check = createChecker(ts, libs);
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples', 'ts');

/** The examples the Run button runs (Playground.astro shows no Run button for the rest). */
const runnable = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, source: readFileSync(join(EXAMPLES, file), 'utf8') }))
  .filter(({ file, source }) => !needsNode(source) && !needsBrowser(source) && !readDirectives(source, file).notOn?.ids.includes('chromium'));

describe("the browser's type check of an edited TypeScript program", () => {
  it('uses the build’s compiler options, with the run worker’s globals instead of Node’s types', () => {
    const { lib, types, typeRoots, ...rest } = EXAMPLE_COMPILER_OPTIONS;
    const { lib: browserLib, types: browserTypes, ...browserRest } = compilerOptions(ts);
    expect(browserRest).toEqual(rest);
    expect(lib).toEqual(['lib.es2024.d.ts']);
    expect(browserLib).toEqual(['lib.es2024.d.ts', 'lib.webworker.d.ts']);
    expect([types, typeRoots === undefined, browserTypes]).toEqual([['node'], false, []]);
  });

  it('passes every example the Run button runs, unedited', () => {
    expect(runnable.length).toBeGreaterThan(30);
    const failures = runnable.map(({ file, source }) => [file, check(source)] as const).filter(([, errors]) => errors.length > 0);
    expect(failures).toEqual([]);
  });

  it('reports a type error at its line, and an unused local as the build does', () => {
    expect(check('const n: number = "one";\nconsole.log(n);\n')).toEqual([
      { line: 1, column: 7, message: "TS2322: Type 'string' is not assignable to type 'number'." },
    ]);
    expect(check('const unused = 1;\n').map((e) => e.message)).toEqual(["TS6133: 'unused' is declared but its value is never read."]);
  });

  it("knows the worker's gc() and globals, and not Node's", () => {
    expect(check('const gc = globalThis.gc;\nif (!gc) throw new Error("no gc");\ngc();\nawait gc({ execution: "async" });\n')).toEqual([]);
    expect(check('queueMicrotask(() => console.log(structuredClone({ a: 1 })));\n')).toEqual([]);
    expect(check('process.exit(0);\n').map((e) => e.message)).toEqual([expect.stringMatching(/^TS25\d\d: Cannot find name 'process'/)]);
  });
});
