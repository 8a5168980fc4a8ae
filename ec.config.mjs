// Expressive Code options that cannot live in astro.config.mjs (plugins are not serialisable).
import { pluginCopyLabel, pluginTypeHovers } from 'starlight-checked-examples/expressive-code';

/** @type {import('@astrojs/starlight/expressive-code').StarlightExpressiveCodeOptions} */
export default {
  plugins: [pluginTypeHovers(), pluginCopyLabel()],
  // A reader never scrolls sideways: long lines wrap inside the frame. A continuation starts where its line's
  // code starts (no deeper indent, which would read as a nested block) and is marked in the margin
  // (src/styles/reader.css, "Code frames").
  defaultProps: { wrap: true, preserveIndent: true, hangingIndent: 0 },
};
