/**
 * A page mistake that only shows when the page renders: a component the page does not import (a misspelt
 * `<Asid>`). MDX throws "Expected component `Asid` to be defined" with a stack trace into the built chunk, and
 * Astro printed it three times. This finds the page and the line, for one block like the check's own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageImports } from '../engine/page-imports.ts';
import { pageTree } from '../engine/page-tree.ts';
import { pageUrl } from '../engine/pages.ts';

const MISSING = /^Expected component `([^`]+)` to be defined/;

/** `✗ page:line: what is wrong`, then the fix, for an error of the page served at `pathname`; else undefined. */
export function explainRenderError(root: string, pathname: string, error: Error): string | undefined {
  const name = MISSING.exec(error.message)?.[1];
  if (!name) return undefined;
  const docs = join(root, 'src', 'content', 'docs');
  const page = readdirSync(docs, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => relative(root, join(docs, file)))
    .find((file) => pageUrl(file) === pathname.replace(/\/?$/, '/').toLowerCase());
  if (!page) return undefined;
  const text = readFileSync(join(root, page), 'utf8');
  const line = text.split('\n').findIndex((content) => content.includes(`<${name}`)) + 1;
  // The page renders, so it parses: its imports are read as the page check reads them (page-imports.ts).
  const tree = pageTree(page, text);
  const names = tree instanceof Error ? [] : pageImports(tree).flatMap((imported) => imported.names);
  const known = names.length ? `this page imports ${names.join(', ')}` : 'this page imports none';
  return `✗ ${page}${line ? `:${line}` : ''}: <${name}> is not a component the page imports\n  → correct its name or import it at the top of the page (${known})`;
}
