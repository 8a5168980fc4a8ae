/**
 * Compares expected and actual output after normalisation and explains a mismatch with a unified diff. The
 * in-browser playground uses it too, so it imports nothing of Node's (the diff library costs a no-op check ~10 ms).
 */
import { createTwoFilesPatch, diffLines } from 'diff';
import { normalize } from './normalize.ts';

export interface Mismatch {
  /** 1-based line of the expected output where the first difference is. */
  line: number;
  diff: string;
}

export function compareOutput(expected: string, actual: string, expectedName: string, actualName: string): Mismatch | undefined {
  const want = normalize(expected);
  const got = normalize(actual);
  if (want === got) return undefined;
  let line = 1;
  for (const part of diffLines(want + '\n', got + '\n')) {
    if (part.added || part.removed) break;
    line += part.count ?? 0;
  }
  const patch = createTwoFilesPatch(expectedName, actualName, want + '\n', got + '\n', '', '', { context: 3 });
  // Drop the "=====" separator line; keep the ---/+++ header and the hunks.
  return { line, diff: patch.replace(/^=+\n/, '').trimEnd() };
}
