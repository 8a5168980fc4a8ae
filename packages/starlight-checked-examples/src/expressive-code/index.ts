/**
 * `starlight-checked-examples/expressive-code`: the Expressive Code plugins for a site's `ec.config.mjs` (Astro's
 * `<Code>` refuses plugins passed through the integration, since they are functions). Type hovers show a
 * TypeScript example's types on hover and focus; the copy label says whether the copy button copies a whole
 * program or an excerpt.
 */
export { pluginTypeHovers } from './type-hovers/plugin.ts';
export { pluginCopyLabel } from './copy-label.ts';
