/** TypeScript examples (`.ts`), as Node, Bun, Chromium and QuickJS-ng report their failures. */
import type { Language } from '../types.ts';
import { escapeRegExp } from './escape.ts';

export const typescript: Language = {
  id: 'ts',
  label: 'TypeScript',
  extensions: ['.ts'],
  lineComment: '//',
  // The markers VS Code already folds.
  regionMarker: { open: /^\s*\/\/\s*#region\b\s*(.*?)\s*$/, close: /^\s*\/\/\s*#endregion\b\s*(.*?)\s*$/ },
  commentLine: /^\s*(?:\/\/|\/\*|\*)/,
  codeLang: 'ts',
  /** A stack trace lists the innermost frame first: `at … (file:///…/x.ts:12:5)`. */
  errorLine(stderr, absPath) {
    const match = new RegExp(`${escapeRegExp(absPath)}:(\\d+)`).exec(stderr);
    return match ? Number(match[1]) : undefined;
  },
  /**
   * Node and Bun print the error after the code frame. Bun writes a plain `Error` as `error: …` (shown here as
   * `Error: …`, its real name) and a system error code first (`EROFS: …`).
   */
  errorMessage(stderr) {
    const line = /^(?:\w*(?:Error|Exception)\b.*|error: .*|E[A-Z]{2,}: .*)$/m.exec(stderr)?.[0] ?? '';
    return line.replace(/^error: /, 'Error: ');
  },
  varyingCauses: ['when the collector runs (collect explicitly: gc(), then wait a task for cleanup callbacks)'],
};
