/**
 * Which host an example needs beyond the JavaScript language. A program that imports Node's modules
 * (`node:child_process`) or uses Node's globals (`process`, `Buffer`) runs only on Node and Bun; one that uses the
 * page's document or window runs only in a browser. Comments are ignored: mentioning `process.nextTick` is not
 * using it, and `typeof document` (a feature test) is not a use either.
 */
const code = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

export function needsNode(source: string): boolean {
  return /from\s+['"]node:|\bimport\(\s*['"]node:|\b(?:process|Buffer)\s*\./.test(code(source));
}

export function needsBrowser(source: string): boolean {
  return /\b(?:document|window)\s*\./.test(code(source));
}

/** Which host APIs a runtime offers: Node's (Node, Bun), a page's (Chromium), or neither (QuickJS). */
export type Host = 'node' | 'browser' | 'bare';

/** Why a runtime offering `host` cannot run `source`, or undefined when it can (a runtime's `unsupported`). */
export function missingHostApis(source: string, host: Host): string | undefined {
  if (host !== 'node' && needsNode(source)) return 'uses Node.js APIs';
  if (host !== 'browser' && needsBrowser(source)) return "uses the browser's document or window";
  return undefined;
}
