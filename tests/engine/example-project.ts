/** A throw-away project for engine tests: `files` (paths relative to examples/) written under a new temporary folder. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function exampleProject(prefix: string, files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'examples', path, '..'), { recursive: true });
    writeFileSync(join(root, 'examples', path), text);
  }
  return root;
}
