import { describe, expect, it, vi } from 'vitest';
import { findInlineCode } from '../../src/engine/inline-code.ts';

// A parser that fails without saying where (Sätteri's own errors start with "line:column: ").
vi.mock('../../src/engine/page-parser.ts', () => ({
  pageParser: () => ({
    mdxToMdast: () => {
      throw new Error('internal parser error in state 12:3: no place');
    },
    markdownToMdast: () => {
      throw 'not even an Error';
    },
  }),
}));

describe('inline code in pages, when the parser fails without a place', () => {
  it('still names the page (at line 1) and does not throw', () => {
    expect(findInlineCode('docs/page.mdx', 'Text.\n').map((problem) => problem.message)).toEqual([
      'docs/page.mdx:1: the page does not parse: internal parser error in state 12:3: no place',
    ]);
    expect(findInlineCode('docs/page.md', 'Text.\n').map((problem) => problem.message)).toEqual([
      'docs/page.md:1: the page does not parse: not even an Error',
    ]);
  });
});
