// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import checkedExamples from './src/integration/index.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { readableTables } from './src/markdown/readable-tables.ts';
import { apiLinks } from './src/markdown/api-links.ts';

export default defineConfig({
  site: 'https://weakref-handbook.example',
  // Tables that stack on phones; API names in prose link to their reference entries.
  markdown: { processor: satteri({ hastPlugins: [readableTables(), apiLinks()] }) },
  integrations: [
    // First, so a failing example stops the build before anything else runs.
    checkedExamples(),
    starlight({
      title: 'Weakref Handbook',
      description: 'Weak references in Python and JavaScript, with every example run and checked at build time.',
      customCss: ['./src/styles/reader.css'],
      components: {
        Header: './src/components/overrides/Header.astro',
        Search: './src/components/overrides/Search.astro',
      },
      // Listed page by page: a reader finds an API in one click, a learner follows Learn from the top.
      // tests/e2e/navigation-and-search.test.ts fails if a page is missing here.
      sidebar: [
        { label: 'Learn', items: ['start/what-is-a-weak-reference', 'start/why-weak-references-exist', 'start/when-to-use-weak-references'] },
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
          items: ['python/what-can-be-weakly-referenced', 'python/caches', 'python/trees-and-cycles', 'python/introspection-and-debugging', 'python/runtimes'],
        },
        { label: 'Recipes (Python)', items: [{ autogenerate: { directory: 'recipes' } }] },
        {
          label: 'JavaScript',
          items: ['js/weakref', 'js/weakmap', 'js/weakset', 'js/finalization-registry', 'js/weak-value-cache', 'js/listeners-and-dom', 'js/nondeterminism', 'js/python-and-javascript'],
        },
        { label: 'Pitfalls', items: [{ autogenerate: { directory: 'pitfalls' } }] },
        { label: 'Reference', items: [{ slug: 'reference/python', label: 'Python: weakref' }, { slug: 'reference/javascript', label: 'JavaScript' }] },
        { label: 'About', items: [{ autogenerate: { directory: 'about' } }] },
      ],
    }),
  ],
});
