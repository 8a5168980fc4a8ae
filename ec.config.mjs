// Expressive Code options that cannot live in astro.config.mjs (plugins are not serialisable).
import { pluginTypeHovers } from './src/hover/plugin.ts';

/** @type {import('@astrojs/starlight/expressive-code').StarlightExpressiveCodeOptions} */
export default {
  plugins: [pluginTypeHovers()],
  // A reader never scrolls sideways: long lines wrap inside the frame, continuing at their own indentation.
  defaultProps: { wrap: true, preserveIndent: true },
};
