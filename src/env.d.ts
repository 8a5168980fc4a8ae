declare module 'virtual:checked-examples' {
  const manifest: import('./examples/manifest.ts').Manifest;
  export default manifest;
}
