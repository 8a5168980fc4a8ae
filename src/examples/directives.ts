/**
 * Per-example settings, written as a comment anywhere in the file:
 *   # check: timeout=30 memory=2G     (Python)
 *   // check: timeout=30              (TypeScript)
 * `timeout` is in seconds; `memory` is a size in bytes with an optional K, M or G suffix (powers of 1024).
 */
import { LocatedError } from './errors.ts';
import { DEFAULT_MEMORY_BYTES, DEFAULT_TIMEOUT_MS } from './limits.ts';

const DIRECTIVE = /^\s*(?:#|\/\/)\s*check:\s*(.*)$/;
const SIZE = /^(\d+(?:\.\d+)?)([KMG]?)(?:i?B)?$/i;
const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

export interface Directives {
  timeoutMs: number;
  memoryBytes: number;
}

/** The value of one setting, or undefined when it is not a valid one. */
function parse(key: string | undefined, value: string | undefined): Partial<Directives> | undefined {
  if (key === 'timeout') {
    const seconds = Number(value);
    return seconds > 0 ? { timeoutMs: seconds * 1000 } : undefined;
  }
  const size = key === 'memory' ? SIZE.exec(value ?? '') : null;
  if (!size) return undefined;
  const bytes = Math.floor(Number(size[1]) * UNITS[size[2]!.toUpperCase()]!);
  return bytes > 0 ? { memoryBytes: bytes } : undefined;
}

export function readDirectives(source: string, file: string): Directives {
  const directives: Directives = { timeoutMs: DEFAULT_TIMEOUT_MS, memoryBytes: DEFAULT_MEMORY_BYTES };
  source.split('\n').forEach((text, index) => {
    const match = DIRECTIVE.exec(text);
    if (!match) return;
    for (const setting of match[1]!.trim().split(/\s+/)) {
      const [key, value] = setting.split('=');
      const parsed = parse(key, value);
      if (!parsed) {
        throw new LocatedError(file, index + 1, `unknown check setting "${setting}" (expected timeout=<seconds> or memory=<size>, e.g. memory=2G)`);
      }
      Object.assign(directives, parsed);
    }
  });
  return directives;
}
