// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import starlightLlmsTxt from 'starlight-llms-txt';
import atomicDist from './src/integration/atomic-dist.ts';
import checkedExamples from './src/integration/index.ts';
import pyodideAssets from './src/integration/pyodide-assets.ts';
import { baseLinks } from './src/site/base-links.ts';
import { deploymentFromEnv, editBaseUrl } from './src/site/deployment.ts';

// SITE_URL, BASE_PATH and REPOSITORY_URL (or GitHub Actions' own variables): see src/site/deployment.ts.
const deployment = deploymentFromEnv();
const editUrl = editBaseUrl(deployment);
const socialImage = new URL(`${deployment.base}og.png`, deployment.site).href;

export default defineConfig({
  site: deployment.site,
  base: deployment.base,
  // Root links written in pages (`/python/ref/`) get the base too.
  markdown: { processor: satteri({ hastPlugins: [baseLinks(deployment.base)] }) },
  integrations: [
    // First, so a failing example stops the build before anything else runs.
    checkedExamples(),
    // Pyodide for the in-browser Run button, served by the site itself.
    pyodideAssets(),
    starlight({
      title: 'Weakref Handbook',
      description: 'Weak references in Python and JavaScript, with every example run and checked at build time.',
      ...(editUrl ? { editLink: { baseUrl: editUrl } } : {}),
      lastUpdated: true,
      routeMiddleware: './src/site/route-data.ts',
      head: [
        { tag: 'meta', attrs: { property: 'og:image', content: socialImage } },
        { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
        { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
        { tag: 'meta', attrs: { property: 'og:image:alt', content: 'Weakref Handbook: weak references in Python and JavaScript, every example checked' } },
        { tag: 'meta', attrs: { name: 'twitter:image', content: socialImage } },
      ],
      plugins: [starlightLinksValidator(), starlightLlmsTxt()],
      sidebar: [
        { label: 'Start', items: [{ autogenerate: { directory: 'start' } }] },
        { label: 'Python guide', items: [{ autogenerate: { directory: 'python' } }] },
        { label: 'Recipes', items: [{ autogenerate: { directory: 'recipes' } }] },
        { label: 'JavaScript & TypeScript', items: [{ autogenerate: { directory: 'js' } }] },
        { label: 'Reference', items: [{ autogenerate: { directory: 'reference' } }] },
        { label: 'Pitfalls and myths', items: [{ autogenerate: { directory: 'pitfalls' } }] },
        { label: 'About', items: [{ autogenerate: { directory: 'about' } }] },
      ],
    }),
    // Last: the build is written to a staging folder and replaces dist/ only once everything has succeeded.
    atomicDist(),
  ],
});
