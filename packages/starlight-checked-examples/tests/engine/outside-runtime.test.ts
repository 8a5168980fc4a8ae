/**
 * A runtime the package does not know, added through the public API alone: a `dash` runtime and its `sh` language,
 * written in a project as a module that imports only `starlight-checked-examples/runtime` (as a site would), named
 * in the `runtimes` option by its path. Its examples are found, run under the sandbox, compared with their `.out`,
 * and their failures and `check:` comments read like Python's and TypeScript's.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkExamples } from '../../src/engine/check.ts';
import { detectRuntimes, resolveRuntimes, type Runtime } from '../../src/runtime.ts';
import { throwAwayProject } from '../helpers/example-project.ts';

const DASH_MODULE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'shell-site', 'runtimes', 'dash.mjs'), 'utf8');

const root = throwAwayProject('outside-runtime-', {
  'runtimes/dash.mjs': DASH_MODULE,
  'examples/sh/hello.sh': 'echo "hello from $(basename "$0")"\n',
  'examples/sh/hello.out': 'hello from hello.sh\n',
  'examples/sh/fails.sh': 'echo start\nno_such_command_xyz\necho end\nexit 3\n',
  'examples/sh/fails.out': 'start\nend\n',
  'examples/sh/elsewhere.sh': '# check: not-on=dash (it needs bash arrays)\nnames=(a b)\necho "${names[1]}"\n',
  'examples/sh/elsewhere.out': 'b\n',
  'examples/sh/typo.sh': 'echo typo\n# check: not-on=dahs (a typo)\n',
  'examples/sh/typo.out': 'typo\n',
});
// The module imports the package by name, as in a site that installed it.
mkdirSync(join(root, 'node_modules'));
symlinkSync(join(import.meta.dirname, '..', '..'), join(root, 'node_modules', 'starlight-checked-examples'));

let runtimes: Runtime[] = [];
let notices: string[] = [];
beforeAll(async () => {
  ({ runtimes, notices } = await detectRuntimes(undefined, resolveRuntimes(root, ['./runtimes/dash.mjs']), root));
});
afterAll(() => Promise.all(runtimes.map((runtime) => runtime.dispose())));

const check = async (file: string) => {
  const report = await checkExamples({ root, runtimes, cacheDir: false, filters: [join(root, 'examples', 'sh', file)] });
  return report.results[0]!;
};

describe('a runtime from outside the package (dash, language sh)', () => {
  it('is detected with its version', () => {
    const version = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'dash'], { encoding: 'utf8' }).trim();
    expect(notices).toEqual([]);
    expect(runtimes.map((runtime) => [runtime.id, runtime.language, runtime.label])).toEqual([['dash', 'sh', `dash ${version}`]]);
  });

  it('runs a passing example', async () => {
    const result = await check('hello.sh');
    expect(result.results.map(({ runtime, stdout, failure }) => ({ runtime, stdout, failure }))).toEqual([
      { runtime: 'dash', stdout: 'hello from hello.sh\n', failure: undefined },
    ]);
  });

  it('fails a wrong .out at its line', async () => {
    writeFileSync(join(root, 'examples/sh/hello.out'), 'hello from hello.py\n');
    const { failure } = (await check('hello.sh')).results[0]!;
    expect(failure?.location).toBe('examples/sh/hello.out:1');
    expect(failure?.message).toBe('output of examples/sh/hello.sh differs from examples/sh/hello.out');
  });

  it('reports the line of a failing command from dash\'s stderr', async () => {
    const { failure } = (await check('fails.sh')).results[0]!;
    expect(failure?.location).toBe('examples/sh/fails.sh:2');
    expect(failure?.message).toBe('exited with status 3');
    expect(failure?.detail).toBe('examples/sh/fails.sh: 2: no_such_command_xyz: not found');
  });

  it('accepts check: not-on=dash, and does not run the example there', async () => {
    const result = await check('elsewhere.sh');
    expect(result.failure).toBeUndefined();
    expect(result.results).toEqual([]);
    expect(result.skipped?.map(({ runtime, reason }) => ({ runtime, reason }))).toEqual([{ runtime: 'dash', reason: 'it needs bash arrays' }]);
  });

  it('still refuses an unknown id in not-on=, with the file and line', async () => {
    const result = await check('typo.sh');
    expect(result.failure).toEqual({ location: 'examples/sh/typo.sh:2', message: 'not-on=dahs: unknown runtime "dahs" (known: dash, cpython, py312, py313, py314, pypy, node, bun, chromium, quickjs)' });
  });
});
