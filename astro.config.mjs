// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import checkedExamples from './src/integration/index.ts';
import pyodideAssets from './src/integration/pyodide-assets.ts';

export default defineConfig({
  site: 'https://weakref-handbook.example',
  integrations: [
    // First, so a failing example stops the build before anything else runs.
    checkedExamples(),
    // Pyodide for the in-browser Run button, served by the site itself.
    pyodideAssets(),
    starlight({
      title: 'Weakref Handbook',
      description: 'Weak references in Python and JavaScript, with every example run and checked at build time.',
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
  ],
});
