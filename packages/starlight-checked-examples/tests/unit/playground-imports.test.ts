/**
 * The playground runs in the reader's browser, and it shares modules with the engine (compare.ts): none of the
 * modules it bundles may import Node's built-ins, or the bundle breaks and every in-browser Run with it (only the
 * playground's browser tests, minutes later, would say so).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { throwAwayProject } from '../helpers/example-project.ts';
import { importGraph } from '../helpers/import-graph.ts';

/** Every `node:` import reachable from `entries` through relative TypeScript imports, as "module → node:x". */
const nodeImports = (entries: string[]): string[] =>
  importGraph(entries)
    .imports.filter(({ specifier }) => specifier.startsWith('node:'))
    .map(({ file, specifier }) => `${file} → ${specifier}`);

describe('the playground bundle', () => {
  it('reaches no Node built-in from any of its modules', () => {
    const dir = join(import.meta.dirname, '..', '..', 'src', 'components', 'playground');
    const entries = readdirSync(dir).filter((name) => name.endsWith('.ts')).map((name) => join(dir, name));
    expect(entries.length).toBeGreaterThan(5);
    expect(nodeImports(entries)).toEqual([]);
  });

  it('finds a Node built-in two imports away (control)', () => {
    const dir = throwAwayProject('playground-imports-', {
      'entry.ts': "import { a } from './shared.ts';\n",
      'shared.ts': "import { createRequire } from 'node:module';\nexport const a = 1;\n",
    });
    expect(nodeImports([join(dir, 'entry.ts')])).toEqual([`${join(dir, 'shared.ts')} → node:module`]);
  });
});
