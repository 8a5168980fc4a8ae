/**
 * A page's syntax tree (mdast), parsed once for all the page checks, with the parser and features the site
 * renders it with: Sätteri, directives on (Starlight's `:::note` asides). `.md` is Markdown, anything else MDX.
 */
import type { MdastNode } from 'satteri';
import { pageParser } from './page-parser.ts';

const parsed = new Map<string, { text: string; tree: MdastNode | Error }>();

/** The tree, or the parser's error (its message starts with `line:column: `). */
export function pageTree(page: string, text: string): MdastNode | Error {
  const known = parsed.get(page);
  if (known?.text === text) return known.tree;
  const { markdownToMdast, mdxToMdast } = pageParser();
  let tree: MdastNode | Error;
  try {
    tree = (page.endsWith('.md') ? markdownToMdast : mdxToMdast)(text, { features: { directive: true } });
  } catch (error) {
    tree = error instanceof Error ? error : new Error(String(error));
  }
  parsed.set(page, { text, tree }); // one entry per page: a dev server re-reads edited pages for hours
  return tree;
}
