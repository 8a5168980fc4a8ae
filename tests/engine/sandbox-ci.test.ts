/**
 * In CI a check that cannot sandbox its runs must refuse to run, whatever truthy value the service gives CI
 * (`true`, `1`, …); only an empty CI, `false` or `0` is not CI. Each case asks sandbox.ts in a Node process that
 * finds neither bwrap nor prlimit on its PATH.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const sandbox = pathToFileURL(join(import.meta.dirname, '../../src/examples/runtimes/sandbox.ts')).href;
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
