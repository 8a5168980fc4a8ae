/**
 * `starlight-checked-examples/engine`: what a site's own code may use of the check, to build on the examples it
 * knows (a reference that lists the examples using a name, a test over every example). Loading it starts no
 * runtime and reads no file, so a page may import it (the runtimes are in `starlight-checked-examples/runtime`).
 */
export { loadExample, loadExamples } from './engine/discover.ts';
export { snippet } from './engine/regions.ts';
export { exampleStem, languageById } from './engine/languages/registry.ts';
export { mistakeInShowing, mistakeLines, shownKind } from './engine/mistakes.ts';
export { checkPages, findExampleUses, knownExamples, pageUrl } from './engine/pages.ts';
export { findInlineCode } from './engine/inline-code.ts';
export { readDirectives } from './engine/directives.ts';
export { checkingManifest, expectedManifest, unverifiedManifest, varyingOutputs } from './engine/manifest.ts';
export type { ExampleRecord, Manifest, ShownOutput } from './engine/manifest.ts';
export { groupLabel } from './engine/labels.ts';
export { needsBrowser, needsNode } from './engine/runtimes/host-apis.ts';
export type { ExampleFile, Language, LanguageId } from './engine/types.ts';
