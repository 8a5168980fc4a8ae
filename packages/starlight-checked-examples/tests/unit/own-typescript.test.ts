/**
 * own-typescript.mjs: the package's own .ts files run where Node refuses to strip them, under node_modules (as
 * when the package is installed from npm), in the process it is loaded into and in the worker threads and
 * processes that get OWN_TS_ARGV; other packages' .ts files are still refused.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { OWN_TS_ARGV } from '../../src/engine/own-typescript.ts';

const REFUSED = 'ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING';
const engine = join(import.meta.dirname, '..', '..', 'src', 'engine');
const project = mkdtempSync(join(tmpdir(), 'own-typescript-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

// node_modules/x is an installed copy of the package: the hook and OWN_TS_ARGV as shipped, an entry that loads
// the hook as the package's bin does, a main module that starts a worker thread and a process the way the engine
// does, and another package's .ts beside it.
const x = join(project, 'node_modules', 'x');
mkdirSync(join(x, 'src', 'engine'), { recursive: true });
mkdirSync(join(x, 'bin'));
mkdirSync(join(project, 'node_modules', 'y'));
for (const file of ['own-typescript.mjs', 'own-typescript.ts']) cpSync(join(engine, file), join(x, 'src', 'engine', file));
const files: Record<string, string> = {
  'node_modules/x/package.json': '{ "type": "module" }',
  'node_modules/x/bin/cli.mjs': "import '../src/engine/own-typescript.mjs';\nawait import('../src/main.ts');\n",
  'node_modules/x/src/main.ts': `import { fork } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { OWN_TS_ARGV } from './engine/own-typescript.ts';
const answer: number = 42;
console.log('main', answer);
const child = new URL('./child.ts', import.meta.url);
const worker = new Worker(child, { execArgv: OWN_TS_ARGV });
await new Promise((resolve) => worker.once('exit', resolve));
const forked = fork(child, { execArgv: OWN_TS_ARGV });
await new Promise((resolve) => forked.once('exit', resolve));
`,
  'node_modules/x/src/child.ts': `import { isMainThread } from 'node:worker_threads';
const kind: string = isMainThread ? 'process' : 'worker';
console.log(kind, 42);
`,
  'node_modules/y/package.json': '{ "type": "module" }',
  'node_modules/y/other.ts': 'const answer: number = 42;\nconsole.log(answer);\n',
};
for (const [path, text] of Object.entries(files)) writeFileSync(join(project, path), text);

/** OWN_TS_ARGV with the installed copy's hook in place of this checkout's. */
const hook = pathToFileURL(join(x, 'src', 'engine', 'own-typescript.mjs')).href;
const installedArgv = OWN_TS_ARGV.map((arg) => (arg.endsWith('/own-typescript.mjs') ? hook : arg));

const node = (...args: string[]) => {
  const result = spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

it('names the hook beside it, so the installed copy differs from this checkout', () => {
  expect(installedArgv).not.toEqual(OWN_TS_ARGV);
  expect(installedArgv).toContain(hook);
});

it('Node refuses the package’s .ts under node_modules without the hook', () => {
  const run = node(join(x, 'src', 'main.ts'));
  expect(run.status).not.toBe(0);
  expect(run.stderr).toContain(REFUSED);
});

// A worker thread or process inherits the options its parent was started with, so the engine's, started with
// OWN_TS_ARGV, would run without them; a CLI's, whose entry imports the hook, would not.
it.each([
  ['started with OWN_TS_ARGV', [...installedArgv, join(x, 'src', 'main.ts')]],
  // The bin's #! line gives Node this option, which keeps stripTypeScriptTypes's warning out of the output.
  ['loaded by an entry that imports the hook', ['--disable-warning=ExperimentalWarning', join(x, 'bin', 'cli.mjs')]],
])('runs it %s, and the worker thread and process it starts with OWN_TS_ARGV', (_, args) => {
  const run = node(...args);
  expect(run.stderr).toBe('');
  expect(run.stdout).toBe('main 42\nworker 42\nprocess 42\n');
  expect(run.status).toBe(0);
});

it('leaves another package’s .ts to Node, which refuses it', () => {
  const run = node(...installedArgv, join(project, 'node_modules', 'y', 'other.ts'));
  expect(run.status).not.toBe(0);
  expect(run.stderr).toContain(REFUSED);
});
