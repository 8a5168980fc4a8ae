/**
 * Example lines are at most MAX_COLUMNS characters: at that width a snippet fits a 390 px phone without wrapping
 * (a wrapped line reads like code or nesting) and a desktop column without scrolling.
 */
import { LocatedError } from './errors.ts';

export const MAX_COLUMNS = 64;

/** Throws at the first line longer than MAX_COLUMNS, naming the others. */
export function checkLineWidth(source: string, file: string): void {
  const long = source
    .split('\n')
    .map((text, index) => ({ line: index + 1, columns: [...text.replace(/\r$/, '')].length }))
    .filter(({ columns }) => columns > MAX_COLUMNS);
  if (long.length === 0) return;
  const [first, ...others] = long;
  const more = others.length ? ` (also too long: line${others.length > 1 ? 's' : ''} ${others.map((o) => o.line).join(', ')})` : '';
  throw new LocatedError(
    file,
    first!.line,
    `the line is ${first!.columns} characters; example lines are at most ${MAX_COLUMNS}, so they fit a phone: break it, or move a trailing comment onto its own line${more}`,
  );
}
