/**
 * `starlight-checked-examples/engine` is for pages and site code: loading it may start no runtime and read none of
 * a runtime's files. Of the runtimes' folder it reaches only host-apis.ts (which reads an example's source, to say
 * where it can run) and sandbox.ts (through check.ts; it probes the machine only when a check runs something); the
 * languages it knows (languages/) are plain definitions.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { throwAwayProject } from '../helpers/example-project.ts';
import { importGraph } from '../helpers/import-graph.ts';

/** Every module reachable from `entry` through relative TypeScript imports (type-only ones too), relative to `base`. */
const reachable = (entry: string, base: string): string[] =>
  importGraph([entry])
    .modules.map((file) => relative(base, file))
    .sort();

describe('the engine entry', () => {
  it('reaches no runtime', () => {
    const src = join(import.meta.dirname, '..', '..', 'src');
    const modules = reachable(join(src, 'engine.ts'), src);
    expect(modules).toContain('engine/languages/registry.ts');
    expect(modules.filter((module) => module.startsWith('engine/runtimes/'))).toEqual(['engine/runtimes/host-apis.ts', 'engine/runtimes/sandbox.ts']);
  });

  it('sees a runtime two imports away (control)', () => {
    const dir = throwAwayProject('engine-entry-', {
      'engine.ts': "export { a } from './engine/shared.ts';\n",
      'engine/shared.ts': "import type { Pool } from './runtimes/pool.ts';\nexport const a = 1;\n",
      'engine/runtimes/pool.ts': 'export class Pool {}\n',
    });
    expect(reachable(join(dir, 'engine.ts'), dir)).toEqual(['engine.ts', 'engine/runtimes/pool.ts', 'engine/shared.ts']);
  });
});
