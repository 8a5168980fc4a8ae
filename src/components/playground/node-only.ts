/**
 * Whether a TypeScript example needs Node.js itself: it imports Node's modules (`node:child_process`) or uses
 * Node's globals (`process`, `Buffer`). Such a program cannot run in a browser, so its frame gets no Run button,
 * only a pointer to running it on Node. Comments are ignored: mentioning `process.nextTick` is not using it.
 */
export function needsNode(source: string): boolean {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return /from\s+['"]node:|\bimport\(\s*['"]node:|\b(?:process|Buffer)\s*\./.test(code);
}
