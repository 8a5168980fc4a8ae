import { describe, expect, it } from 'vitest';
import { readDirectives } from '../../src/examples/directives.ts';
import { DEFAULT_TIMEOUT_MS } from '../../src/examples/limits.ts';

describe('check: directives', () => {
  it('defaults the time limit', () => {
    expect(readDirectives('print(1)\n', 'x.py')).toEqual({ timeoutMs: DEFAULT_TIMEOUT_MS });
  });

  it('reads a per-example time limit in Python and TypeScript comments', () => {
    expect(readDirectives('# check: timeout=30\nprint(1)\n', 'x.py')).toEqual({ timeoutMs: 30_000 });
    expect(readDirectives('console.log(1);\n// check: timeout=2.5\n', 'x.ts')).toEqual({ timeoutMs: 2_500 });
  });

  it('rejects an unknown setting or a bad value with file:line', () => {
    expect(() => readDirectives('x = 1\n# check: retries=3\n', 'x.py')).toThrow('x.py:2: unknown check setting "retries=3" (expected timeout=<seconds>)');
    expect(() => readDirectives('# check: timeout=soon\n', 'x.py')).toThrow('x.py:1: unknown check setting "timeout=soon"');
  });
});
