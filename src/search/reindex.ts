/**
 * Rewrites the search indexes of an existing build (dist/) without building the site again: for trying changes
 * to the search records or their weights in seconds. `node src/search/reindex.ts [dist]`
 */
import { pathToFileURL } from 'node:url';
import { writeSearchIndex } from './pagefind-index.ts';

const dist = pathToFileURL(`${process.argv[2] ?? 'dist'}/`);
const { pages, entries } = await writeSearchIndex(dist);
console.log(`Search index: ${pages} pages and ${entries} reference entries in ${dist.pathname}`);
