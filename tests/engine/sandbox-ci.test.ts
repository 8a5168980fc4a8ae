/**
 * In CI a check that cannot sandbox its runs must refuse to run, whatever truthy value the service gives CI
 * (`true`, `1`, …); only an empty CI, `false` or `0` is not CI. Each case asks sandbox.ts in a Node process that
 * finds neither bwrap nor prlimit on its PATH.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const sandbox = pathToFileURL(join(import.meta.dirname, '../../src/examples/runtimes/sandbox.ts')).href;
const bin = mkdtempSync(join(tmpdir(), 'no-bwrap-'));
symlinkSync(process.execPath, join(bin, 'node'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** What sandboxNotices() says, or the error it throws, with only Node on PATH. */
function noticesWithoutSandbox(ci: string | undefined): string {
  const script = `const { sandboxNotices } = await import(${JSON.stringify(sandbox)});
try { console.log('notices: ' + sandboxNotices().join(' ')); } catch (error) { console.log('refused: ' + error.message); }`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: bin, HOME: bin, ...(ci === undefined ? {} : { CI: ci }) },
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
