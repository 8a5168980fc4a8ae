/**
 * Per-example settings, written as a comment anywhere in the file:
 *   # check: timeout=30      (Python)
 *   // check: timeout=30     (TypeScript)
 * `timeout` is in seconds.
 */
import { LocatedError } from './errors.ts';
import { DEFAULT_TIMEOUT_MS } from './limits.ts';

const DIRECTIVE = /^\s*(?:#|\/\/)\s*check:\s*(.*)$/;

export function readDirectives(source: string, file: string): { timeoutMs: number } {
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  source.split('\n').forEach((text, index) => {
    const match = DIRECTIVE.exec(text);
    if (!match) return;
    for (const setting of match[1]!.trim().split(/\s+/)) {
      const [key, value] = setting.split('=');
      const seconds = Number(value);
      if (key !== 'timeout' || !(seconds > 0)) {
        throw new LocatedError(file, index + 1, `unknown check setting "${setting}" (expected timeout=<seconds>)`);
      }
      timeoutMs = seconds * 1000;
    }
  });
  return { timeoutMs };
}
