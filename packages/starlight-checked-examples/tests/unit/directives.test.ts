import { describe, expect, it } from 'vitest';
import { readDirectives } from '../../src/engine/directives.ts';
import { DEFAULT_MEMORY_BYTES, DEFAULT_TIMEOUT_MS, formatBytes } from '../../src/engine/limits.ts';
import { BUILTIN_RUNTIME_IDS as RUNTIME_IDS } from '../../src/engine/languages/registry.ts';

const defaults = { timeoutMs: DEFAULT_TIMEOUT_MS, memoryBytes: DEFAULT_MEMORY_BYTES };

describe('check: directives', () => {
  it('defaults the time and memory limits', () => {
    expect(readDirectives('print(1)\n', 'x.py')).toEqual(defaults);
    expect(formatBytes(DEFAULT_MEMORY_BYTES)).toBe('1 GiB');
  });

  it('reads a per-example time limit in Python and TypeScript comments', () => {
    expect(readDirectives('# check: timeout=30\nprint(1)\n', 'x.py')).toEqual({ ...defaults, timeoutMs: 30_000 });
    expect(readDirectives('console.log(1);\n// check: timeout=2.5\n', 'x.ts')).toEqual({ ...defaults, timeoutMs: 2_500 });
  });

  it('reads a setting wherever the comment starts and however it is spaced', () => {
    expect(readDirectives('def f():\n    # check: timeout=30\n    pass\n', 'x.py').timeoutMs).toBe(30_000);
    expect(readDirectives('#check:timeout=30\n', 'x.py').timeoutMs).toBe(30_000);
    expect(readDirectives('{\n  //   check:   timeout=30    memory=2G  \n}\n', 'x.ts')).toEqual({ timeoutMs: 30_000, memoryBytes: 2 * 1024 ** 3 });
  });

  it('reads only comments that start a line: "check:" inside code or a string is not a setting', () => {
    expect(readDirectives('print("# check: timeout=soon")\nx = 1  # check: retries=3\n', 'x.py')).toEqual(defaults);
    expect(readDirectives('console.log("// check: timeout=soon");\n', 'x.ts')).toEqual(defaults);
  });

  it('reads a per-example memory limit with a unit', () => {
    expect(readDirectives('# check: memory=2G\n', 'x.py').memoryBytes).toBe(2 * 1024 ** 3);
    expect(readDirectives('// check: timeout=5 memory=512MiB\n', 'x.ts')).toEqual({ timeoutMs: 5_000, memoryBytes: 512 * 1024 ** 2 });
    expect(readDirectives('# check: memory=1.5g\n', 'x.py').memoryBytes).toBe(1.5 * 1024 ** 3);
    expect(readDirectives('# check: memory=1.25G\n', 'x.py').memoryBytes).toBe(1.25 * 1024 ** 3);
    expect(readDirectives('# check: memory=2GB\n', 'x.py').memoryBytes).toBe(2 * 1024 ** 3);
    expect(readDirectives('# check: memory=64K\n', 'x.py').memoryBytes).toBe(64 * 1024);
    expect(readDirectives('# check: memory=100000\n', 'x.py').memoryBytes).toBe(100_000);
    expect(formatBytes(512 * 1024 ** 2)).toBe('512 MiB');
  });

  it('rejects an unknown setting or a bad value with file:line', () => {
    expect(() => readDirectives('x = 1\n# check: retries=3\n', 'x.py')).toThrow(
      'x.py:2: unknown check setting "retries=3" (expected timeout=<seconds>, memory=<size> such as 2G, click=<selector>, stderr, not-on=<runtime ids> (<why>) or no-output-on=<runtime ids> (<why>))',
    );
    expect(() => readDirectives('# check: timeout=soon\n', 'x.py')).toThrow('x.py:1: unknown check setting "timeout=soon"');
    expect(() => readDirectives('# check: memory=lots\n', 'x.py')).toThrow('x.py:1: unknown check setting "memory=lots"');
    expect(() => readDirectives('# check: memory=0\n', 'x.py')).toThrow('x.py:1: unknown check setting "memory=0"');
    expect(() => readDirectives('# check: timeout=0\n', 'x.py')).toThrow('x.py:1: unknown check setting "timeout=0"');
    expect(() => readDirectives('# check: memory=about2G\n', 'x.py')).toThrow('x.py:1: unknown check setting "memory=about2G"');
    expect(() => readDirectives('# check: memory=2Gs\n', 'x.py')).toThrow('x.py:1: unknown check setting "memory=2Gs"');
    expect(() => readDirectives('# check: click=\n', 'x.py')).toThrow('x.py:1: unknown check setting "click="');
  });

  it('reads that stderr is part of the output, and the runtimes on which an example prints nothing', () => {
    expect(readDirectives('# check: stderr\n', 'x.py')).toEqual({ ...defaults, stderr: true });
    expect(() => readDirectives('# check: stderr=yes\n', 'x.py')).toThrow('x.py:1: unknown check setting "stderr=yes"');
    const both = readDirectives('// check: no-output-on=quickjs (frees at once) not-on=bun (no gc)\n', 'x.ts');
    expect(both).toMatchObject({ noOutputOn: { ids: ['quickjs'], reason: 'frees at once' }, notOn: { ids: ['bun'], reason: 'no gc' } });
    expect(() => readDirectives('// check: no-output-on=v8 (why)\n', 'x.ts')).toThrow('x.ts:1: no-output-on=v8: unknown runtime "v8"');
  });

  it('reads the browser click and the runtimes an example is not run on, with the reason', () => {
    const directives = readDirectives('// check: click=#save not-on=quickjs,bun (no MessageChannel) timeout=20\n', 'x.ts');
    expect(directives).toMatchObject({ click: '#save', notOn: { ids: ['quickjs', 'bun'], reason: 'no MessageChannel' }, timeoutMs: 20_000 });
  });

  it('reads not-on with or without a space before its reason, and trims the reason', () => {
    expect(readDirectives('// check: not-on=bun(  no MessageChannel  )\n', 'x.ts').notOn).toEqual({ ids: ['bun'], reason: 'no MessageChannel' });
  });

  it('names an unknown runtime in not-on, and a not-on without its reason', () => {
    expect(() => readDirectives('// check: not-on=deno (no reason)\n', 'x.ts')).toThrow(
      `x.ts:1: not-on=deno: unknown runtime "deno" (known: ${RUNTIME_IDS.join(', ')})`,
    );
    expect(() => readDirectives('// check: not-on=quickjs\n', 'x.ts')).toThrow('x.ts:1: unknown check setting "not-on=quickjs"');
  });

  it('reads a check: comment in a file with Windows line endings', () => {
    expect(readDirectives('x = 1\r\n# check: timeout=30\r\nprint(x)\r\n', 'x.py').timeoutMs).toBe(30_000);
  });
});
