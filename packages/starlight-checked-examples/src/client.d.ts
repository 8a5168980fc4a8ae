// Types of the modules the integration serves to pages: `/// <reference types="starlight-checked-examples/client" />`
// in a site's src/env.d.ts lets its own components read them too.
declare module 'virtual:checked-examples' {
  const manifest: import('./engine/manifest.ts').Manifest;
  export default manifest;
}

declare module 'virtual:checked-examples/config' {
  const config: import('./integration/virtual-module.ts').ComponentConfig;
  export default config;
}
