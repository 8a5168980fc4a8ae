// The handbook's options for its example checker (packages/starlight-checked-examples): astro.config.mjs passes
// them to the plugin, and `npm run examples` reads them from here.
import { deploymentFromEnv, sourceUrl } from './src/site/deployment.ts';

/** @type {import('starlight-checked-examples').CheckedExamplesOptions} */
export default {
  // Each example links to its file in the repository (REPOSITORY_URL, or GitHub Actions' own variables).
  sourceUrl: sourceUrl(deploymentFromEnv(), ''),
  // Served by starlight-llms-txt and the sitemap, not pages: links to them are not broken.
  extraRoutes: ['/llms.txt', '/llms-full.txt', '/llms-small.txt', '/sitemap-index.xml'],
  checkCommand: 'npm run examples --',
};
