/**
 * Rewrites the search indexes of an existing build (dist/) without building the site again: for trying changes
 * to the search records in seconds. `node src/search/reindex.ts [dist]`. The dialog's ranking options for the
 * records (RECORD_META_WEIGHTS) are in the built JavaScript: a change to them needs `npx astro build`.
 */
import { pathToFileURL } from 'node:url';
import { writeSearchIndex } from './pagefind-index.ts';

const dist = pathToFileURL(`${process.argv[2] ?? 'dist'}/`);
const { pages, entries } = await writeSearchIndex(dist);
console.log(`Search index: ${pages} pages and ${entries} reference entries in ${dist.pathname}`);
