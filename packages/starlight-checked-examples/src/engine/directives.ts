/**
 * Per-example settings, written as a comment anywhere in the file:
 *   # check: timeout=30 memory=2G     (Python)
 *   // check: timeout=30              (TypeScript; other languages: their line comment, see languages/registry.ts)
 * `timeout` is in seconds; `memory` is a size in bytes with an optional K, M or G suffix (powers of 1024).
 * TypeScript examples also have:
 *   // check: click=#save                         Chromium clicks that element with the mouse (a trusted click)
 *   // check: not-on=quickjs (it has no MessageChannel)   runtimes the example cannot run on, and why
 * Every example may also say:
 *   # check: stderr                      what it writes to stderr is part of what it shows (checked after stdout)
 *   # check: no-output-on=quickjs (why)  runtimes on which it rightly prints nothing, and why
 */
import { LocatedError } from './errors.ts';
import { DEFAULT_MEMORY_BYTES, DEFAULT_TIMEOUT_MS } from './limits.ts';
import { anyLineComment, BUILTIN_RUNTIME_IDS, knownRuntimeIds } from './languages/registry.ts';

const directivePattern = () => new RegExp(`^\\s*${anyLineComment()}\\s*check:\\s*(.*?)\\r?$`);
const SIZE = /^(\d+(?:\.\d+)?)([KMG]?)(?:i?B)?$/i;
const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

export interface Directives {
  timeoutMs: number;
  memoryBytes: number;
  /** A CSS selector the browser runtime clicks with the mouse once the element exists. */
  click?: string;
  /** Runtime ids the example is not run on, with the reason its provenance gives. */
  notOn?: RuntimesWithReason;
  /** Its stderr is part of its output: checked (after stdout) instead of failing the run. */
  stderr?: boolean;
  /** Runtime ids on which it rightly prints nothing (elsewhere an empty output fails), and why. */
  noOutputOn?: RuntimesWithReason;
}

export interface RuntimesWithReason {
  ids: string[];
  reason: string;
}

/** `not-on=…` and `no-output-on=…`: runtime ids and a reason in brackets, which may contain spaces. */
const WITH_REASON = /\b(not-on|no-output-on)=([\w,-]+)\s*\(([^)]+)\)/;
const WITH_REASON_KEYS = { 'not-on': 'notOn', 'no-output-on': 'noOutputOn' } as const;

/** The value of one setting, or undefined when it is not a valid one. */
function parse(key: string | undefined, value: string | undefined): Partial<Directives> | undefined {
  if (key === 'click') return value ? { click: value } : undefined;
  if (key === 'stderr') return value === undefined ? { stderr: true } : undefined;
  if (key === 'timeout') {
    const seconds = Number(value);
    return seconds > 0 ? { timeoutMs: seconds * 1000 } : undefined;
  }
  const size = key === 'memory' ? SIZE.exec(value ?? '') : null;
  if (!size) return undefined;
  const bytes = Math.floor(Number(size[1]) * UNITS[size[2]!.toUpperCase()]!);
  return bytes > 0 ? { memoryBytes: bytes } : undefined;
}

/** An example's own limits when it sets none (the site's `limits` option). */
export interface DefaultLimits {
  timeoutMs: number;
  memoryBytes: number;
}

export function readDirectives(source: string, file: string, defaults: DefaultLimits = { timeoutMs: DEFAULT_TIMEOUT_MS, memoryBytes: DEFAULT_MEMORY_BYTES }): Directives {
  const directives: Directives = { ...defaults };
  const directive = directivePattern();
  // A built-in id stays valid where a site's `runtimes` option leaves that runtime out: the comment then says
  // nothing to this site, but the example is right for any site that runs it.
  const known = [...new Set([...knownRuntimeIds(), ...BUILTIN_RUNTIME_IDS])];
  source.split('\n').forEach((text, index) => {
    const match = directive.exec(text);
    if (!match) return;
    let settings = match[1]!;
    for (let found = WITH_REASON.exec(settings); found; found = WITH_REASON.exec(settings)) {
      const [, key, ids, reason] = found as unknown as [string, keyof typeof WITH_REASON_KEYS, string, string];
      const unknown = ids.split(',').find((id) => !known.includes(id));
      if (unknown) throw new LocatedError(file, index + 1, `${key}=${ids}: unknown runtime "${unknown}" (known: ${known.join(', ')})`);
      directives[WITH_REASON_KEYS[key]] = { ids: ids.split(','), reason: reason.trim() };
      settings = settings.replace(WITH_REASON, ' ');
    }
    for (const setting of settings.trim().split(/\s+/).filter(Boolean)) {
      const [key, value] = setting.split('=');
      const parsed = parse(key, value);
      if (!parsed) {
        throw new LocatedError(file, index + 1, `unknown check setting "${setting}" (expected timeout=<seconds>, memory=<size> such as 2G, click=<selector>, stderr, not-on=<runtime ids> (<why>) or no-output-on=<runtime ids> (<why>))`);
      }
      Object.assign(directives, parsed);
    }
  });
  return directives;
}
