declare module 'virtual:checked-examples' {
  const manifest: import('./engine/manifest.ts').Manifest;
  export default manifest;
}
