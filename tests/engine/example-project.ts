/**
 * Throw-away projects for engine tests: `files` (paths relative to examples/) written under a new temporary folder.
 * Importing this module registers an afterAll in the importing test file that removes every project it made (each
 * test file evaluates its own copy of the module).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

export function exampleProject(prefix: string, files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'examples', path, '..'), { recursive: true });
    writeFileSync(join(root, 'examples', path), text);
  }
  return root;
}
