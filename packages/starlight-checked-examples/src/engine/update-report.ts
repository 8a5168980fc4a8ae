/**
 * What `--update` changed, as a reviewer wants to see it: each expected-output file it wrote with a diff from
 * what was there before, and each per-runtime file it removed because that runtime now agrees with the rest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';

/** Every expected-output file under `examplesDir` and its text, taken before an update. */
export function snapshotOutputs(examplesDir: string): Map<string, string> {
  if (!existsSync(examplesDir)) return new Map();
  const files = readdirSync(examplesDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.out'))
    .map((entry) => join(entry.parentPath, entry.name));
  return new Map(files.map((path) => [path, readFileSync(path, 'utf8')]));
}

const indent = (text: string) => text.split('\n').map((line) => `    ${line}`).join('\n');

export function formatUpdates(root: string, before: Map<string, string>, written: string[]): string[] {
  const lines = written.map((path) => {
    const name = relative(root, path);
    const old = before.get(path);
    const patch = createTwoFilesPatch(old === undefined ? '/dev/null' : name, name, old ?? '', readFileSync(path, 'utf8'), '', '', { context: 3 });
    // Keep the ---/+++ header and the hunks (the patch opens with `Index:` and `===` when the names agree).
    const diff = patch.replace(/^Index: .*\n/, '').replace(/^=+\n/, '').trimEnd();
    return `${old === undefined ? 'created' : 'updated'} ${name}\n${indent(diff)}`;
  });
  const removed = [...before.keys()].filter((path) => !existsSync(path));
  return [...lines, ...removed.map((path) => `removed ${relative(root, path)} (that runtime now prints the same as the shared .out)`)];
}
