/**
 * The site's search index, written with Pagefind's Node API after Starlight's own run (which it replaces).
 * Starlight 0.42 calls `pagefind.createIndex()` without options, so it cannot leave out interface text that
 * components outside the content render (an example's toolbar, its provenance line, output labels): Pagefind's
 * `excludeSelectors` does. Starlight PR #3674 (open) would pass these options through; until then, this runs.
 * It also writes one record per reference entry (api-records.ts) to an index of their own, API_BUNDLE.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { API } from '../reference/api.ts';
import { apiRecord, RECORD_META_WEIGHTS } from './api-records.ts';

/**
 * The reference entries' own index, merged into the site's by the search dialog. Its records are ranked by
 * their names (api-records.ts), so an API name finds its entry first and a topic the guides about it
 * (tests/e2e/search-and-reference.test.ts).
 */
export const API_BUNDLE = 'pagefind-api';

/** The entries' index as Starlight's search dialog merges it (astro.config.mjs: `pagefind.mergeIndex`). */
export const apiIndex = (base: string) => ({ bundlePath: `${base}${API_BUNDLE}/`, ranking: { metaWeights: RECORD_META_WEIGHTS } });

/** Interface text: controls, status lines and labels, not content a reader searches for. */
export const EXCLUDED = [
  '.pg-toolbar', // Show whole program, Copy whole program, Run, Stop, Edit, Reset
  '.pg-panel', // the in-browser run's output and verdict (empty in the HTML)
  '.provenance', // "✓ Verified: …", its details and Download
  '.example-kind', // "✗ Mistake: this code is wrong on purpose", "✓ Fix"
  '.example-output-label', // "Output", "Output on PyPy 3.9"
  '.differs-label', // "Output differs by runtime"
  '.expressive-code .copy', // the frame's copy button
];

function check<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
  return response;
}

async function newIndex(config?: pagefind.PagefindServiceConfig): Promise<pagefind.PagefindIndex> {
  const { index } = check(await pagefind.createIndex(config));
  if (!index) throw new Error('Pagefind: no index');
  return index;
}

/**
 * Writes both indexes into a built site: the pages' (`pagefind/`) and the reference entries' (API_BUNDLE).
 * Needs only the built HTML, so it can be rerun over an existing dist/ (`node src/search/reindex.ts`).
 */
export async function writeSearchIndex(dir: URL): Promise<{ pages: number; entries: number }> {
  const output = new URL('./pagefind/', dir);
  const apiOutput = new URL(`./${API_BUNDLE}/`, dir);
  for (const folder of [output, apiOutput]) rmSync(folder, { recursive: true, force: true });
  try {
    const index = await newIndex({ excludeSelectors: EXCLUDED });
    const { page_count } = check(await index.addDirectory({ path: fileURLToPath(dir) }));
    check(await index.writeFiles({ outputPath: fileURLToPath(output) }));
    const entries = await newIndex();
    for (const entry of API) {
      const record = apiRecord(entry);
      check(await entries.addHTMLFile({ url: record.url, content: record.html }));
    }
    check(await entries.writeFiles({ outputPath: fileURLToPath(apiOutput) }));
    return { pages: page_count, entries: API.length };
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'weakref-handbook:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, entries } = await writeSearchIndex(dir);
        logger.info(`Search index: ${pages} pages and ${entries} reference entries.`);
      },
    },
  };
}
