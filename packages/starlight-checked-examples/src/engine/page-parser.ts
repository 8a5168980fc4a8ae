/**
 * Sätteri, the parser the site renders pages with, loaded on first use: a check whose pages it already knows
 * (page-facts.ts) loads none of it. `require` of an ES module is synchronous in Node 22.12 and later.
 */
import { createRequire } from 'node:module';

type Satteri = typeof import('satteri');
let satteri: Satteri | undefined;

export function pageParser(): Pick<Satteri, 'markdownToMdast' | 'mdxToMdast'> {
  return (satteri ??= createRequire(import.meta.url)('satteri') as Satteri);
}
