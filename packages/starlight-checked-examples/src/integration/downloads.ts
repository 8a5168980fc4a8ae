/**
 * What of the examples folder a site publishes for download: each example and its expected outputs, nothing else
 * (not a `.env`, notes, `node_modules` or caches that happen to live there).
 */
import { statSync } from 'node:fs';
import { basename, relative, sep } from 'node:path';
import { languageOfFile } from '../engine/languages/registry.ts';

/** Folders that hold no examples of their own (the check skips node_modules too). */
const SKIPPED_FOLDER = /^(\..*|node_modules|__pycache__)$/;

export function isDownload(path: string): boolean {
  const name = basename(path);
  if (statSync(path).isDirectory()) return !SKIPPED_FOLDER.test(name);
  return !name.startsWith('.') && (name.endsWith('.out') || languageOfFile(path) !== undefined);
}

/** Whether the dev server serves `file` as a download: inside `examplesDir`, in no skipped folder, and a download. */
export function servesDownload(examplesDir: string, file: string): boolean {
  const folders = relative(examplesDir, file).split(sep).slice(0, -1);
  return !folders.some((folder) => folder === '..' || SKIPPED_FOLDER.test(folder)) && isDownload(file);
}
