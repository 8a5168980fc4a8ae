// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import checkedExamples from 'starlight-checked-examples';
import checkedExamplesOptions from './checked-examples.config.mjs';
import starlightLinksValidator from 'starlight-links-validator';
import starlightLlmsTxt from 'starlight-llms-txt';
import searchIndex, { apiIndex } from './src/search/pagefind-index.ts';
import { apiLinks } from './src/markdown/api-links.ts';
import { readableTables } from './src/markdown/readable-tables.ts';
import { baseLinks } from './src/site/base-links.ts';
import { deploymentFromEnv, editBaseUrl } from './src/site/deployment.ts';

// SITE_URL, BASE_PATH and REPOSITORY_URL (or GitHub Actions' own variables): see src/site/deployment.ts.
const deployment = deploymentFromEnv();
const editUrl = editBaseUrl(deployment);
const socialImage = new URL(`${deployment.base}og.png`, deployment.site).href;

export default defineConfig({
  site: deployment.site,
  base: deployment.base,
  // Tables that stack on phones; API names in prose link to their reference entries; root links written in
  // pages (`/python/ref/`, and those API links) get the base path.
  markdown: { processor: satteri({ hastPlugins: [readableTables(), apiLinks(), baseLinks(deployment.base)] }) },
  integrations: [
    starlight({
      title: 'Weakref Handbook',
      description: 'Weak references in Python and JavaScript, with every example run and checked at build time.',
      ...(editUrl ? { editLink: { baseUrl: editUrl } } : {}),
      lastUpdated: true,
      // The reference entries' own search index (src/search/pagefind-index.ts): an API name finds its entry.
      pagefind: { mergeIndex: [apiIndex(deployment.base)] },
      routeMiddleware: ['./src/site/route-data.ts', './src/reference/route-data.ts'],
      head: [
        { tag: 'meta', attrs: { property: 'og:image', content: socialImage } },
        { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
        { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
        { tag: 'meta', attrs: { property: 'og:image:alt', content: 'Weakref Handbook: weak references in Python and JavaScript, every example checked' } },
        { tag: 'meta', attrs: { name: 'twitter:image', content: socialImage } },
      ],
      // Every example is run and its output checked (the plugin also adds the Run button's Pyodide files and
      // builds into a staging folder that replaces dist/ only once everything has succeeded). The playground's
      // controls are for a browser, not for the Markdown that llms*.txt carry.
      plugins: [checkedExamples(checkedExamplesOptions), starlightLinksValidator({ reporters: { json: true } }), starlightLlmsTxt({ customSelectors: { all: ['.playground'] } })],
      customCss: ['./src/styles/reader.css'],
      components: {
        Header: './src/components/overrides/Header.astro',
        Search: './src/components/overrides/Search.astro',
      },
      // Listed page by page: a reader finds an API in one click (both references second from the top), a learner follows Learn from the top.
      // tests/e2e/navigation-and-search.test.ts fails if a page is missing here.
      sidebar: [
        { label: 'Learn', items: ['start/what-is-a-weak-reference', 'start/why-weak-references-exist', 'start/when-to-use-weak-references'] },
        // Second, so both references are near the top on every page.
        { label: 'Reference', items: [{ slug: 'reference/python', label: 'Python: weakref' }, { slug: 'reference/javascript', label: 'JavaScript' }] },
        {
          label: 'Python API',
          items: [
            { slug: 'python/ref', label: 'ref and callbacks' },
            { slug: 'python/proxy', label: 'proxy' },
            { slug: 'python/weak-dictionaries', label: 'WeakKeyDictionary, WeakValueDictionary' },
            { slug: 'python/weakset', label: 'WeakSet' },
            { slug: 'python/weakmethod', label: 'WeakMethod' },
            { slug: 'python/finalize', label: 'finalize' },
          ],
        },
        {
          label: 'Python topics',
          items: [
            'python/what-can-be-weakly-referenced',
            'python/caches',
            'python/trees-and-cycles',
            'python/garbage-collector',
            'python/threads',
            'python/copying-and-pickling',
            'python/introspection-and-debugging',
            'python/runtimes',
            'python/changes-by-version',
          ],
        },
        {
          label: 'Recipes (Python)',
          // The one JavaScript recipe lives with the JavaScript pages; JavaScript readers get a pointer here.
          items: [{ autogenerate: { directory: 'recipes' } }, { label: 'JavaScript: a weak-value cache', link: '/js/weak-value-cache/' }],
        },
        {
          label: 'JavaScript',
          items: [
            'js/weakref',
            'js/weakmap',
            'js/weakset',
            'js/finalization-registry',
            'js/what-can-be-held-weakly',
            'js/typescript-setup',
            'js/weak-value-cache',
            'js/listeners-and-dom',
            'js/in-the-browser',
            'js/engines',
            'js/nondeterminism',
            'js/memory-management',
            'js/python-and-javascript',
          ],
        },
        { label: 'Pitfalls', items: [{ autogenerate: { directory: 'pitfalls' } }] },
        { label: 'About', items: [{ autogenerate: { directory: 'about' } }] },
      ],
    }),
    // After Starlight: rewrites its search index without interface text and with one record per API entry.
    searchIndex(),
  ],
});
