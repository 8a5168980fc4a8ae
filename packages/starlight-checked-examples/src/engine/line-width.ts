/**
 * Example lines are at most MAX_COLUMNS characters: at that width a snippet fits a desktop column without
 * scrolling. A comment line (prose) is at most MAX_COMMENT_COLUMNS, what a 390 px phone shows without wrapping
 * at an 11 px monospace font: comments are most of the long lines, and prose rewraps without changing the
 * program, so few code lines wrap on a phone.
 */
import { LocatedError } from './errors.ts';
import { commentLine } from './languages/registry.ts';
import type { LanguageId } from './types.ts';

export const MAX_COLUMNS = 64;
export const MAX_COMMENT_COLUMNS = 50;

/** Throws at the first line longer than its limit, naming the others. */
export function checkLineWidth(source: string, language: LanguageId, file: string): void {
  const isComment = commentLine(language);
  const long = source
    .split('\n')
    .map((raw, index) => {
      const text = raw.replace(/\r$/, '');
      const comment = isComment.test(text);
      return { line: index + 1, comment, columns: [...text].length };
    })
    .filter(({ comment, columns }) => columns > (comment ? MAX_COMMENT_COLUMNS : MAX_COLUMNS));
  if (long.length === 0) return;
  const [first, ...others] = long;
  const more = others.length ? ` (also too long: line${others.length > 1 ? 's' : ''} ${others.map((o) => o.line).join(', ')})` : '';
  const rule = first!.comment
    ? `comment lines are at most ${MAX_COMMENT_COLUMNS}, so they fit a phone: rewrap the comment`
    : `example lines are at most ${MAX_COLUMNS}, so they fit the page: break it, or move a trailing comment onto its own line`;
  throw new LocatedError(file, first!.line, `the line is ${first!.columns} characters; ${rule}${more}`);
}
