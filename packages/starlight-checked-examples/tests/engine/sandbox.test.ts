/**
 * Examples run sandboxed (src/engine/runtimes/sandbox.ts, pyodide-sandbox.ts): no writes outside the run's own
 * directory, bounded memory, no network, a scrubbed environment. The fixtures in tests/fixtures/sandbox try each
 * escape on every runtime and must fail with a message that says why. They aim at the README.md of their project and
 * at files beside them, so they run in a throw-away copy: with the sandbox broken, they damage only the copy.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkExamples, type CheckReport } from '../../src/engine/check.ts';
import { detectRuntimes } from '../../src/engine/runtimes/index.ts';
import { isSandboxed } from '../../src/engine/runtimes/sandbox.ts';
import { exampleProject } from '../helpers/example-project.ts';

const project = join(import.meta.dirname, '..', '..');
const fixtures = join(project, 'tests', 'fixtures', 'sandbox');
const { runtimes } = await detectRuntimes(join(project, '.cache'));
const labels = (language: string) => runtimes.filter((r) => r.language === language).map((r) => r.label);
afterAll(() => Promise.all(runtimes.map((r) => r.dispose())));

/** Connections any test server accepted: a sandboxed run must never add one. */
let reached = 0;

/** Listens where the network fixtures connect (port 47913), greeting whoever reaches it. */
function listen(port: number): Promise<Server> {
  const server = createServer((socket) => {
    reached++;
    socket.on('error', () => {}).end('reached');
  });
  return new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve(server)));
}

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));

/** A hash of every file of the copy the fixtures run in, and of the checkout's README, package.json, engine and fixtures. */
function digest(copy: string): Map<string, string> {
  const paths = [...files(copy), join(project, 'README.md'), join(project, 'package.json'), ...files(join(project, 'src', 'engine')), ...files(fixtures)];
  return new Map(paths.map((path) => [path, createHash('sha256').update(readFileSync(path)).digest('hex')]));
}

it('gives every run a fresh temporary directory, no secrets and no network', async () => {
  const server = await listen(0);
  const port = (server.address() as { port: number }).port;
  process.env.SANDBOX_TEST_SECRET = 'leaked';

  const root = exampleProject('sandbox-', {});
  mkdirSync(join(root, 'examples', 'python'), { recursive: true });
  writeFileSync(
    join(root, 'examples', 'python', 'probe.py'),
    [
      'import os, socket, sys',
      `root = ${JSON.stringify(root)}`, // a temporary path: its length varies
      'print("in project:", os.getcwd().startswith(root))',
      'print("secret:", os.environ.get("SANDBOX_TEST_SECRET"))',
      'try:',
      `    sock = socket.create_connection(("127.0.0.1", ${port}), 2)`,
      '    print(sock.recv(7))',
      'except Exception as error:',
      '    print("network: blocked")',
      '',
    ].join('\n'),
  );
  const report = await checkExamples({ root, runtimes: runtimes.filter((r) => r.language === 'python'), update: true, cacheDir: false });
  server.close();
  delete process.env.SANDBOX_TEST_SECRET;

  expect(report.results[0]!.failure).toBeUndefined(); // the file loaded (regions, line width)
  const outputs = report.results[0]!.results.map((r) => [r.label, r.stdout]);
  expect(outputs.length).toBeGreaterThan(1);
  for (const [label, stdout] of outputs) {
    expect(stdout, label).toBe('in project: False\nsecret: None\nnetwork: blocked\n');
  }
  expect(reached).toBe(0);
});

// Without bwrap (a contributor's macOS laptop) runs are not confined and these fixtures would do what they try;
// CI always has it (.ci/run installs bubblewrap, and the check refuses to run unsandboxed when CI=true).
describe.runIf(isSandboxed() || process.env.CI === 'true')('escapes from the sandbox', () => {
  let report: CheckReport;
  let before: Map<string, string>;
  /** Where the fixtures' project is copied to; messages name it `<copy>`. */
  let copy: string;

  beforeAll(async () => {
    // README.md at the project's root, victim.txt beside the examples that delete it. Like the checkout, the copy is
    // outside every run's writable directory, so only a working sandbox makes the escapes fail with EROFS.
    copy = realpathSync(mkdtempSync(join(tmpdir(), 'sandbox-fixtures-')));
    cpSync(fixtures, copy, { recursive: true });
    writeFileSync(join(copy, 'README.md'), '# The fixtures aim here\n');
    for (const language of ['python', 'ts']) writeFileSync(join(copy, 'examples', language, 'victim.txt'), 'This file must survive every example in this folder.\n');
    before = digest(copy);
    const server = await listen(47913);
    try {
      report = await checkExamples({ root: copy, runtimes, cacheDir: false });
    } finally {
      server.close();
    }
  });
  afterAll(() => copy && rmSync(copy, { recursive: true, force: true }));

  function failures(file: string) {
    const result = report.results.find((r) => r.path === `examples/${file}`);
    if (!result) throw new Error(`no result for ${file}`);
    return result.results.map(({ label, failure }) => ({ label, ...failure, message: failure?.message.replaceAll(copy, '<copy>') }));
  }

  const readOnly = (file: string) => new RegExp(`^uncaught exception: OSError: \\[Errno (30|69)\\] Read-only file system: '<copy>/${file}'$`);
  const outOfMemory = (limit: string) => `ran out of memory: the limit is ${limit} per run (raise it with a "check: memory=<size>" comment)`;

  it.each([
    ['write_outside.py', 5, readOnly('README.md')],
    ['delete_outside.py', 5, readOnly('examples/python/victim.txt')],
    ['allocate.py', 2, outOfMemory('1 GiB')],
    ['allocate_limit.py', 3, outOfMemory('256 MiB')],
  ])('python/%s fails on every Python runtime', (file, line, message) => {
    const found = failures(`python/${file}`);
    expect(found.map((f) => f.label)).toEqual(labels('python'));
    for (const failure of found) {
      expect(failure.location, failure.label).toBe(`examples/python/${file}:${line}`);
      expect(failure.message, failure.label).toMatch(message);
    }
  });

  it('lets no run reach the test server', () => {
    expect(reached).toBe(0);
  });

  it("python/js_escape.py cannot write through Pyodide's bridge to Node", () => {
    const found = failures('python/js_escape.py');
    expect(found.map((f) => f.label)).toEqual(labels('python'));
    for (const failure of found) {
      const expected = failure.label.includes('(Pyodide')
        ? { location: 'examples/python/js_escape.py:8', message: "uncaught exception: pyodide.ffi.JsException: Error: EROFS: read-only file system, open '<copy>/README.md'" }
        : { location: 'examples/python/js_escape.py:5', message: "uncaught exception: ModuleNotFoundError: No module named 'js'" };
      expect({ location: failure.location, message: failure.message }, failure.label).toEqual(expected);
    }
  });

  it('python/network.py reaches no server on any Python runtime', () => {
    const found = failures('python/network.py');
    expect(found.map((f) => f.label)).toEqual(labels('python'));
    for (const failure of found) {
      // CPython and PyPy have a network namespace of their own (nothing listens there); Pyodide's socket
      // emulation refuses every connection (pyodide-sandbox.ts).
      const message = failure.label.includes('(Pyodide')
        ? 'uncaught exception: OSError: [Errno 40] Network unreachable'
        : 'uncaught exception: ConnectionRefusedError: [Errno 111] Connection refused';
      expect(failure.location, failure.label).toBe('examples/python/network.py:5');
      expect(failure.message, failure.label).toBe(message);
    }
  });

  it.each([
    // Node prints a system error as `Error: EROFS: …`, Bun code first (`EROFS: …`).
    ['write_outside.ts', 5, /^uncaught exception: (Error: )?EROFS: read-only file system, open '<copy>\/README\.md'$/],
    ['delete_outside.ts', 4, /^uncaught exception: (Error: )?EROFS: read-only file system, unlink '<copy>\/examples\/ts\/victim\.txt'$/],
    ['allocate.ts', 2, outOfMemory('1 GiB')],
    ['network.ts', 8, 'uncaught exception: Error: no connection: connect ECONNREFUSED 127.0.0.1:47913'],
  ])('ts/%s fails on every TypeScript runtime that runs it', (file, line, message) => {
    const found = failures(`ts/${file}`);
    // Examples that use Node's APIs run only on Node and Bun (host-apis.ts); the rest on every engine.
    const nodeApis = file !== 'allocate.ts';
    expect(found.map((f) => f.label)).toEqual(nodeApis ? labels('ts').filter((l) => /^(Node|Bun) /.test(l)) : labels('ts'));
    for (const failure of found) {
      expect(failure.location, failure.label).toBe(`examples/ts/${file}:${line}`);
      expect(failure.message, failure.label).toMatch(message);
    }
  });

  it.each(['python/writes_inside.py', 'python/temp_file.py', 'python/allocate_raised.py', 'ts/writes_inside.ts', 'ts/allocate_raised.ts'])(
    'control: %s writes in its own directory or stays under its own limit, and passes',
    (file) => {
      const found = failures(file);
      expect(found.length).toBeGreaterThan(0);
      for (const failure of found) expect(failure.message, failure.label).toBeUndefined();
    },
  );

  it('leaves the copy it ran in, and the checkout, byte-identical', () => {
    expect(digest(copy)).toEqual(before);
  });
});

describe('without bwrap', () => {
  /** Runs the CLI on the control example with only Node on PATH: no bwrap, unshare, prlimit or native Python. */
  function checkWithoutSandbox(env: Record<string, string>) {
    const bin = mkdtempSync(join(tmpdir(), 'no-bwrap-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    cpSync(join(fixtures, 'examples', 'python'), join(bin, 'examples', 'python'), { recursive: true });
    const result = spawnSync(process.execPath, [join(project, 'bin/starlight-checked-examples.mjs'), '--no-cache', 'examples/python/writes_inside.py'], {
      cwd: bin,
      env: { PATH: bin, HOME: bin, ...env },
      encoding: 'utf8',
    });
    rmSync(bin, { recursive: true, force: true });
    return result;
  }

  it('says once that runs are not sandboxed, and goes on', () => {
    const result = checkWithoutSandbox({});
    const notices = result.stdout.split('\n').filter((line) => line.includes('not sandboxed'));
    expect(notices).toEqual([
      '! Runs are not sandboxed: bwrap could not start (install bubblewrap; user namespaces must be enabled): runs can write wherever this build can and reach the network; prlimit is missing: command-line runs have no memory or CPU-time limit.',
    ]);
    expect(result.stdout).toMatch(/CPython 3\.14\.\d+ \(Pyodide [\d.]+\): 1 passed, 0 failed/);
    expect(result.status).toBe(0);
  });

  it('refuses to check in CI', () => {
    const result = checkWithoutSandbox({ CI: 'true' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('CI=true but examples cannot run sandboxed: bwrap could not start');
  });
});
