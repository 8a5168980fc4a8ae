/**
 * Node runs examples with their types stripped once per check (node-type-stripping.ts) instead of once per process.
 * What an example sees must not change: the same stack trace lines and columns, the same `import.meta.url`, and the
 * same module format as `node --expose-gc file.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadExample } from '../../src/engine/discover.ts';
import { nodeRuntime } from '../../src/engine/runtimes/node-ts.ts';

const node = nodeRuntime();
const roots: string[] = [];
afterAll(async () => {
  await node.dispose();
  roots.forEach((root) => rmSync(root, { recursive: true, force: true }));
});
const limits = { timeoutMs: 10_000, maxOutputBytes: 1 << 20, maxMemoryBytes: 1 << 30 };

function example(files: Record<string, string>, path: string) {
  const root = mkdtempSync(join(tmpdir(), 'strip-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return loadExample(root, join(root, 'examples'), join(root, 'examples', path));
}

/** The same file run the ordinary way, as a reader would. */
const direct = (absPath: string) => spawnSync(process.execPath, ['--expose-gc', absPath], { encoding: 'utf8' }).stdout;

const WHERE = [
  'type Where = { line: string };',
  'const here: Where = { line: new Error("here").stack!.split("\\n")[1]! };',
  'console.log(here.line.trim(), import.meta.url.endsWith("/where.ts"));',
  'const loaded: boolean = process.execArgv.some((arg) => arg.includes("node-stripped-loader"));',
  'console.log(loaded);',
  '',
].join('\n');

it('hands Node the stripped source of an ES module, which then sees itself exactly as a direct run does', async () => {
  const where = example({ 'package.json': '{ "type": "module" }', 'examples/ts/where.ts': WHERE }, 'ts/where.ts');
  const run = await node.run(where, limits);
  expect(run.stderr).toBe('');
  const [line, loaded] = run.stdout.trimEnd().split('\n');
  expect(line).toMatch(/^at file:\/\/\/.*\/examples\/ts\/where\.ts:2:29 true$/);
  expect(loaded).toBe('true');
  expect(direct(where.absPath)).toBe(`${line}\nfalse\n`);
});

it('leaves a file that Node would not load as an ES module to Node itself', async () => {
  // No package.json with "type": "module": Node decides the format from the syntax (here CommonJS).
  const script = example({ 'examples/ts/script.ts': 'const kind: string = typeof require;\nconsole.log(kind, typeof module);\n' }, 'ts/script.ts');
  const run = await node.run(script, limits);
  expect([run.stdout, run.stderr]).toEqual([direct(script.absPath), '']);
  expect(run.stdout).toBe('function object\n');
});
