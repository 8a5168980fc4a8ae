/**
 * The package is a tool for any site: nothing under src/ is about the site it was built for (a documentation site
 * on weak references). One file may name Python's own weak-reference module: the Pyodide driver resets its
 * finalizer registry between runs, so each example starts as in a fresh interpreter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { throwAwayProject } from '../helpers/example-project.ts';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const ALLOWED = new Map([['engine/runtimes/pyodide-driver.py', /\bweakref\b/]]);
const SITE_WORDS = [/\bweakref\b/, /handbook/i];

/** `file:line: text` of each line of the files under `dir` that matches one of `words`, except what ALLOWED lets pass. */
function siteMentions(dir: string, words = SITE_WORDS): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .flatMap((entry) => {
      const file = relative(dir, join(entry.parentPath, entry.name));
      return readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .flatMap((text, index) => {
          const found = words.filter((word) => word.test(text) && !(ALLOWED.get(file)?.source === word.source));
          return found.length ? [`${file}:${index + 1}: ${text.trim()}`] : [];
        });
    });
}

describe("the package's source", () => {
  it('names neither the weakref module nor the handbook, outside the Pyodide driver', () => {
    expect(siteMentions(SRC)).toEqual([]);
  });

  it('finds a mention in any other file, and in the driver anything but the module (control)', () => {
    const dir = throwAwayProject('site-free-', {
      'engine/a.ts': '// Built for the Weakref Handbook.\nconst WeakRefs = 1;\n',
      'engine/b.py': 'import weakref\n',
      'engine/runtimes/pyodide-driver.py': 'import weakref\n# the handbook\n',
    });
    expect(siteMentions(dir).sort()).toEqual(['engine/a.ts:1: // Built for the Weakref Handbook.', 'engine/b.py:1: import weakref', 'engine/runtimes/pyodide-driver.py:2: # the handbook']);
  });
});
