/**
 * `starlight-checked-examples`: the Starlight plugin. `starlight({ plugins: [checkedExamples(options)] })` adds the
 * integration that checks the examples while Astro builds (integration/index.ts), the Pyodide files the browser's
 * Run button loads, and, last of all integrations, the staging folder that keeps dist/ as it was when a build fails.
 * The options (engine/options.ts) may instead live in checked-examples.config.mjs, where the command-line check
 * reads them too; given in both places, they must agree (a build fails if they do not).
 */
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import atomicDist from './integration/atomic-dist.ts';
import checkedExamplesIntegration from './integration/index.ts';
import pyodideAssets from './integration/pyodide-assets.ts';
import { loadOptions, resolveOptions, type CheckedExamplesOptions } from './engine/options.ts';

export type { CheckedExamplesOptions } from './engine/options.ts';

export default function checkedExamples(options?: CheckedExamplesOptions): StarlightPlugin {
  // Wrong options fail at once, in astro.config.mjs, naming the option.
  const inline = options === undefined ? undefined : resolveOptions(options);
  return {
    name: 'starlight-checked-examples',
    hooks: {
      'config:setup'({ addIntegration, astroConfig }) {
        // Options given here win; a build's check then fails if they differ from the options file (options.ts).
        const resolved = inline ?? loadOptions(fileURLToPath(astroConfig.root));
        const integration = checkedExamplesIntegration(resolved);
        const setup = integration.hooks['astro:config:setup']!;
        addIntegration({
          ...integration,
          hooks: {
            ...integration.hooks,
            'astro:config:setup': (setupOptions) => {
              // Astro appends integrations added by updateConfig after every integration of the site, so the staging
              // folder's swap runs after every other integration has written to it (Pagefind's index, the sitemap).
              setupOptions.updateConfig({ integrations: [...(resolved.runButton ? [pyodideAssets()] : []), atomicDist()] });
              return setup(setupOptions);
            },
          },
        });
      },
    },
  };
}
