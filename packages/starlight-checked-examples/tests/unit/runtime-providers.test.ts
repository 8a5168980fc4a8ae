/**
 * The `runtimes` option turned into providers (runtimes/resolve.ts), and what that tells the rest of the engine:
 * the configured ids (not-on=, --runtime, the order on pages) and the languages providers bring.
 */
import { describe, expect, it } from 'vitest';
import { readDirectives } from '../../src/engine/directives.ts';
import { BUILTIN_RUNTIME_IDS, knownRuntimeIds, languageOfFile } from '../../src/engine/languages/registry.ts';
import { detectRuntimes, selectRuntimes } from '../../src/engine/runtimes/index.ts';
import { BUILTIN_PROVIDERS } from '../../src/engine/runtimes/providers.ts';
import { resolveRuntimes } from '../../src/engine/runtimes/resolve.ts';
import type { Runtime } from '../../src/engine/types.ts';
import { throwAwayProject } from '../helpers/example-project.ts';

/** A provider module: `language` is written into it as given (a JavaScript expression). */
const providerModule = (id: string, language: string) => `export default {
  id: '${id}',
  language: ${language},
  detect: async () => ({ id: '${id}', language: 'lisp', label: '${id} 1.0', family: '${id}', shortVersion: '1',
    version: '${id} 1.0', run: async () => ({ stdout: '', stderr: '', exitCode: 0, timedOut: false, outputExceeded: false }),
    dispose: async () => {} }),
};
`;
const LISP = `{ id: 'lisp', label: 'Lisp', extensions: ['.lisp'], lineComment: ';', codeLang: 'lisp' }`;

const root = throwAwayProject('runtime-providers-', {
  'runtimes/sbcl.mjs': providerModule('sbcl', LISP),
  'runtimes/clisp.mjs': providerModule('clisp', `'lisp'`),
  'runtimes/cobol.mjs': providerModule('gnucobol', `'cobol'`),
  'runtimes/upper.mjs': providerModule('SBCL', LISP),
  'runtimes/puc-lua.mjs': providerModule('puc-lua', `'lua'`),
  'runtimes/luajit.mjs': providerModule('luajit', `{ id: 'lua', label: 'Lua', extensions: ['.lua'], lineComment: '--', codeLang: 'lua' }`),
  'runtimes/nothing.mjs': 'export const provider = {};\n',
  'runtimes/takes-py.mjs': providerModule('mypy', `{ id: 'mython', label: 'Mython', extensions: ['.py'], lineComment: '#', codeLang: 'python' }`),
});

describe('the runtimes option', () => {
  it('defaults to the built-in runtimes, in the order pages list them', async () => {
    expect(BUILTIN_PROVIDERS.map((provider) => provider.id)).toEqual(BUILTIN_RUNTIME_IDS);
    expect((resolveRuntimes(root)).map((provider) => provider.id)).toEqual(BUILTIN_RUNTIME_IDS);
    expect(knownRuntimeIds()).toEqual(BUILTIN_RUNTIME_IDS);
  });

  it('keeps the order it is given, and makes those ids the known ones, besides the built-in ones', async () => {
    const providers = resolveRuntimes(root, ['./runtimes/sbcl.mjs', 'node', 'cpython']);
    expect(providers.map((provider) => provider.id)).toEqual(['sbcl', 'node', 'cpython']);
    expect(knownRuntimeIds()).toEqual(['sbcl', 'node', 'cpython']);
    expect(readDirectives('; check: not-on=sbcl (why)\n', 'x.lisp').notOn).toEqual({ ids: ['sbcl'], reason: 'why' });
    // A built-in id the option leaves out is still a valid one (the example is right where it runs).
    expect(readDirectives('# check: not-on=pypy (why)\n', 'x.py').notOn?.ids).toEqual(['pypy']);
    expect(() => readDirectives('# check: not-on=pypi (why)\n', 'x.py')).toThrow('x.py:1: not-on=pypi: unknown runtime "pypi" (known: sbcl, node, cpython, py312, py313, py314, pypy, bun, chromium, quickjs)');
  });

  it('registers the language a provider brings, so its files are examples', async () => {
    resolveRuntimes(root, ['./runtimes/sbcl.mjs']);
    expect(languageOfFile('examples/lisp/x.lisp')?.label).toBe('Lisp');
    expect((resolveRuntimes(root, ['./runtimes/sbcl.mjs', './runtimes/clisp.mjs'])).map((p) => p.id)).toEqual(['sbcl', 'clisp']);
  });

  it('lets a provider name a language that one listed after it brings', async () => {
    const providers = resolveRuntimes(root, ['./runtimes/puc-lua.mjs', './runtimes/luajit.mjs']);
    expect(providers.map((provider) => provider.id)).toEqual(['puc-lua', 'luajit']);
    // An id with a hyphen, in a check: comment of the language they brought.
    expect(readDirectives('-- check: no-output-on=puc-lua,luajit (why)\n', 'x.lua').noOutputOn).toEqual({ ids: ['puc-lua', 'luajit'], reason: 'why' });
  });

  it.each([
    [['deno'], 'runtimes: unknown runtime "deno" (built-in: cpython, py312, py313, py314, pypy, node, bun, chromium, quickjs; a module of your own is a path starting with . or /)'],
    [['./runtimes/nothing.mjs'], 'runtimes: ./runtimes/nothing.mjs does not export a runtime provider by default ({ id, language, detect })'],
    [['./runtimes/cobol.mjs'], 'runtimes: ./runtimes/cobol.mjs: unknown language "cobol" (give the provider a Language object to add one)'],
    [['./runtimes/upper.mjs'], 'runtimes: ./runtimes/upper.mjs: runtime id "SBCL" must be lower-case letters, digits and -, starting with a letter (and not "out")'],
    [['node', 'bun', 'node'], 'runtimes: node: runtime "node" is listed twice'],
    [['./runtimes/takes-py.mjs'], 'language mython: .py files are already python examples'],
  ])('refuses %j, saying why', async (runtimes, message) => {
    expect(() => resolveRuntimes(root, runtimes)).toThrow(message);
  });
});

describe('detecting and selecting', () => {
  it('lists detected runtimes in the providers\' order and says what is missing', async () => {
    const fake = (id: string, found: boolean) => ({
      id,
      language: 'python',
      detect: async () => (found ? ({ id, language: 'python' } as Runtime) : { missing: `${id} is missing` }),
    });
    const detected = await detectRuntimes(undefined, [fake('b', true), fake('a', false), fake('c', true)]);
    expect(detected.runtimes.map((runtime) => runtime.id)).toEqual(['b', 'c']);
    expect(detected.notices).toEqual(['a is missing']);
  });

  it('refuses a runtime that is not the one its provider names', async () => {
    const provider = { id: 'x', language: 'python', detect: async () => ({ id: 'y', language: 'python' }) as Runtime };
    await expect(detectRuntimes(undefined, [provider])).rejects.toThrow('runtime provider x (python) detected a runtime that calls itself y (python)');
  });

  it('--runtime accepts a configured id, and refuses one that is not configured', async () => {
    resolveRuntimes(root, ['./runtimes/sbcl.mjs', 'cpython']);
    const sbcl = { id: 'sbcl', dispose: async () => {} } as Runtime;
    expect(selectRuntimes({ runtimes: [sbcl], notices: [] }, ['sbcl']).runtimes).toEqual([sbcl]);
    expect(() => selectRuntimes({ runtimes: [sbcl], notices: [] }, ['node'])).toThrow('--runtime node: unknown runtime (known: sbcl, cpython)');
  });
});
