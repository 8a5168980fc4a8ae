/**
 * `starlight-checked-examples`: the Starlight plugin. `starlight({ plugins: [checkedExamples()] })` adds the
 * integration that checks the examples while Astro builds (integration/index.ts), the Pyodide files the browser's
 * Run button loads, and, last of all integrations, the staging folder that keeps dist/ as it was when a build fails.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import atomicDist from './integration/atomic-dist.ts';
import checkedExamplesIntegration from './integration/index.ts';
import pyodideAssets from './integration/pyodide-assets.ts';

export default function checkedExamples(): StarlightPlugin {
  return {
    name: 'starlight-checked-examples',
    hooks: {
      'config:setup'({ addIntegration }) {
        const integration = checkedExamplesIntegration();
        const setup = integration.hooks['astro:config:setup']!;
        // Astro appends integrations added by updateConfig after every integration of the site, so the staging
        // folder's swap runs after every other integration has written to it (Pagefind's index, the sitemap).
        addIntegration({
          ...integration,
          hooks: {
            ...integration.hooks,
            'astro:config:setup': (options) => {
              options.updateConfig({ integrations: [pyodideAssets(), atomicDist()] });
              return setup(options);
            },
          },
        });
      },
    },
  };
}
