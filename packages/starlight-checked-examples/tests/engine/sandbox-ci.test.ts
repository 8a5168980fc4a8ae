/**
 * In CI a check that cannot sandbox its runs must refuse to run, whatever truthy value the service gives CI
 * (`true`, `1`, …); only an empty CI, `false` or `0` is not CI. Each case asks sandbox.ts in a Node process that
 * finds neither bwrap nor prlimit on its PATH.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const sandbox = pathToFileURL(join(import.meta.dirname, '../../src/engine/runtimes/sandbox.ts')).href;
const bin = mkdtempSync(join(tmpdir(), 'no-bwrap-'));
symlinkSync(process.execPath, join(bin, 'node'));
// bwrap (and the `true` it runs) without prlimit: the one-process probe fails, and asking each says which is missing.
const bwrapOnly = mkdtempSync(join(tmpdir(), 'bwrap-only-'));
for (const command of ['bwrap', 'true']) symlinkSync(`/usr/bin/${command}`, join(bwrapOnly, command));
symlinkSync(process.execPath, join(bwrapOnly, 'node'));
afterAll(() => [bin, bwrapOnly].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** What sandboxNotices() says, or the error it throws, with only Node on PATH (or the commands in `path`). */
function noticesWithoutSandbox(ci: string | undefined, path = bin): string {
  const script = `const { sandboxNotices } = await import(${JSON.stringify(sandbox)});
try { console.log('notices: ' + sandboxNotices().join(' ')); } catch (error) { console.log('refused: ' + error.message); }`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: path, HOME: path, ...(ci === undefined ? {} : { CI: ci }) },
    encoding: 'utf8',
  });
  return result.stdout.trim() || result.stderr;
}

it.each(['true', '1', 'yes', 'TRUE', 'woodpecker'])('refuses unsandboxed runs with CI=%s', (ci) => {
  expect(noticesWithoutSandbox(ci)).toMatch(new RegExp(`^refused: CI=${ci} but examples cannot run sandboxed: bwrap could not start`));
});

it.each([undefined, '', 'false', '0', 'FALSE'])('only notes unsandboxed runs with CI=%s', (ci) => {
  expect(noticesWithoutSandbox(ci)).toMatch(/^notices: Runs are not sandboxed: bwrap could not start/);
});

it.skipIf(!existsSync('/usr/bin/bwrap'))('names prlimit alone when bwrap runs but prlimit is missing', () => {
  expect(noticesWithoutSandbox(undefined, bwrapOnly)).toBe('notices: Runs are not sandboxed: prlimit is missing: command-line runs have no memory or CPU-time limit.');
});

it('asks about the sandbox only when a check runs something: one whose results are all cached passes in CI unsandboxed', () => {
  const check = pathToFileURL(join(import.meta.dirname, '../../src/engine/check.ts')).href;
  const project = mkdtempSync(join(tmpdir(), 'sandbox-ask-'));
  mkdirSync(join(project, 'examples'));
  writeFileSync(join(project, 'examples', 'hi.py'), 'print("hi")\n');
  writeFileSync(join(project, 'examples', 'hi.out'), 'hi\n');
  // A stub runtime: what the check asks about the sandbox does not depend on the interpreter.
  const script = `const { checkExamples } = await import(${JSON.stringify(check)});
const runtime = { id: 'cpython', language: 'python', label: 'Stub', family: 'Stub', shortVersion: '1', version: 'stub 1',
  run: async () => ({ stdout: 'hi\\n', stderr: '', exitCode: 0, timedOut: false, outputExceeded: false }), dispose: async () => {} };
const check = async (options) => {
  try { return (await checkExamples({ root: ${JSON.stringify(project)}, runtimes: [runtime], ...options })).notices.join(' ') || 'no notice'; }
  catch (error) { return 'refused: ' + error.message; }
};
const outside = await check({});
process.env.CI = 'true';
console.log(JSON.stringify([outside, await check({}), await check({ cacheDir: false })]));`;
  try {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: bin, HOME: bin }, encoding: 'utf8' });
    const [outside, cachedInCi, runInCi] = JSON.parse(result.stdout || '[]') as string[];
    expect(outside, result.stderr).toMatch(/^Runs are not sandboxed: bwrap could not start/);
    expect(cachedInCi).toBe('no notice');
    expect(runInCi).toMatch(/^refused: CI=true but examples cannot run sandboxed/);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
