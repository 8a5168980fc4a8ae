/** Compares expected and actual output after normalisation and explains a mismatch with a unified diff. */
import { createRequire } from 'node:module';
import { normalize } from './normalize.ts';

type Diff = typeof import('diff');
let diff: Diff | undefined;
/** The diff library, loaded on the first difference: a check whose outputs all match, or are cached, loads none. */
export const diffLibrary = (): Diff => (diff ??= createRequire(import.meta.url)('diff') as Diff);

export interface Mismatch {
  /** 1-based line of the expected output where the first difference is. */
  line: number;
  diff: string;
}

export function compareOutput(expected: string, actual: string, expectedName: string, actualName: string): Mismatch | undefined {
  const want = normalize(expected);
  const got = normalize(actual);
  if (want === got) return undefined;
  const { createTwoFilesPatch, diffLines } = diffLibrary();
  let line = 1;
  for (const part of diffLines(want + '\n', got + '\n')) {
    if (part.added || part.removed) break;
    line += part.count ?? 0;
  }
  const patch = createTwoFilesPatch(expectedName, actualName, want + '\n', got + '\n', '', '', { context: 3 });
  // Drop the "=====" separator line; keep the ---/+++ header and the hunks.
  return { line, diff: patch.replace(/^=+\n/, '').trimEnd() };
}
