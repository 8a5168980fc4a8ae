/**
 * Throw-away projects for tests: `files` (paths relative to the project, or to its examples/ folder) written under a
 * new temporary folder. Importing this module registers an afterAll in the importing test file that removes every
 * project it made (each test file evaluates its own copy of the module).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project with `files` at their paths relative to its root. */
export function throwAwayProject(prefix: string, files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A project with `files` under its examples/ folder. */
export const exampleProject = (prefix: string, files: Record<string, string>): string =>
  throwAwayProject(prefix, Object.fromEntries(Object.entries(files).map(([path, text]) => [join('examples', path), text])));
