/**
 * Per-example settings, written as a comment anywhere in the file:
 *   # check: timeout=30 memory=2G     (Python)
 *   // check: timeout=30              (TypeScript)
 * `timeout` is in seconds; `memory` is a size in bytes with an optional K, M or G suffix (powers of 1024).
 * TypeScript examples also have:
 *   // check: click=#save                         Chromium clicks that element with the mouse (a trusted click)
 *   // check: not-on=quickjs (it has no MessageChannel)   runtimes the example cannot run on, and why
 */
import { LocatedError } from './errors.ts';
import { DEFAULT_MEMORY_BYTES, DEFAULT_TIMEOUT_MS } from './limits.ts';
import { RUNTIME_IDS } from './types.ts';

const DIRECTIVE = /^\s*(?:#|\/\/)\s*check:\s*(.*?)\r?$/;
const SIZE = /^(\d+(?:\.\d+)?)([KMG]?)(?:i?B)?$/i;
const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

export interface Directives {
  timeoutMs: number;
  memoryBytes: number;
  /** A CSS selector the browser runtime clicks with the mouse once the element exists. */
  click?: string;
  /** Runtime ids the example is not run on, with the reason its provenance gives. */
  notOn?: { ids: string[]; reason: string };
}

const NOT_ON = /\bnot-on=([\w,]+)\s*\(([^)]+)\)/;

/** The value of one setting, or undefined when it is not a valid one. */
function parse(key: string | undefined, value: string | undefined): Partial<Directives> | undefined {
  if (key === 'click') return value ? { click: value } : undefined;
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
    let settings = match[1]!;
    const notOn = NOT_ON.exec(settings);
    if (notOn) {
      const unknown = notOn[1]!.split(',').find((id) => !(RUNTIME_IDS as readonly string[]).includes(id));
      if (unknown) throw new LocatedError(file, index + 1, `not-on=${notOn[1]}: unknown runtime "${unknown}" (known: ${RUNTIME_IDS.join(', ')})`);
      directives.notOn = { ids: notOn[1]!.split(','), reason: notOn[2]!.trim() };
      settings = settings.replace(NOT_ON, ' ');
    }
    for (const setting of settings.trim().split(/\s+/).filter(Boolean)) {
      const [key, value] = setting.split('=');
      const parsed = parse(key, value);
      if (!parsed) {
        throw new LocatedError(file, index + 1, `unknown check setting "${setting}" (expected timeout=<seconds>, memory=<size> such as 2G, click=<selector> or not-on=<runtime ids> (<why>))`);
      }
      Object.assign(directives, parsed);
    }
  });
  return directives;
}
