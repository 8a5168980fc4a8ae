import { describe, expect, it } from 'vitest';
import { expectedPath } from '../../src/engine/expected.ts';
import type { ExampleFile } from '../../src/engine/types.ts';

describe('expected output files', () => {
  it('sit beside the example: <name>.out, and <name>.<runtime>.out for one runtime', () => {
    const example = { absPath: '/repo/examples/python/ref/callbacks.py' } as ExampleFile;
    expect(expectedPath(example)).toBe('/repo/examples/python/ref/callbacks.out');
    expect(expectedPath(example, 'pypy')).toBe('/repo/examples/python/ref/callbacks.pypy.out');
    expect(expectedPath({ absPath: '/repo/examples/ts/weakref/deref.ts' } as ExampleFile, 'quickjs')).toBe('/repo/examples/ts/weakref/deref.quickjs.out');
  });

  it('replace only the extension, wherever else ".py" or ".ts" appears in the path', () => {
    expect(expectedPath({ absPath: '/home/me/weakref.python/examples/python/x.py' } as ExampleFile)).toBe('/home/me/weakref.python/examples/python/x.out');
    expect(expectedPath({ absPath: '/srv/docs.tsx/examples/ts/types.tsv.ts' } as ExampleFile)).toBe('/srv/docs.tsx/examples/ts/types.tsv.out');
  });
});
