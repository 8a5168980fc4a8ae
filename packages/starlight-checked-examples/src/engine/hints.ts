/** The fix for a failure, where the engine knows it: printed under the failure, after its diff or traceback. */
import type { ExampleFile, Failure } from './types.ts';

/** TypeScript diagnostics an author meets because of the rules examples are checked with, and their rewrites. */
const TYPESCRIPT_RULES: Record<string, string> = {
  // erasableSyntaxOnly: examples run under Node's type stripping, which only deletes types.
  TS1294: [
    'examples run with their types stripped, so TypeScript syntax that does something at run time is not allowed:',
    '  constructor(readonly name: string) {}  →  readonly name: string; constructor(name: string) { this.name = name; }',
    "  enum Color { Red, Blue }  →  type Color = 'red' | 'blue' (or an object with `as const`)",
    '  namespace N { … }  →  a module (export from the file)',
  ].join('\n'),
  TS6133: 'noUnusedLocals is on: remove what the example does not use, or use it',
  TS6192: 'noUnusedLocals is on: remove the unused imports',
  TS6196: 'noUnusedLocals is on: remove the unused declaration',
};

/** An output mismatch is located in the expected-output file it differs from (`examples/…/x.out:3`). */
export const isOutputMismatch = (failure: Failure) => /\.out:\d+$/.test(failure.location);

/** How a write outside the run's own folder fails in the sandbox (Python, Node, Bun). */
const SANDBOX_REFUSED = /Read-only file system|\bEROFS\b/;

/** The command that checks examples, when the site names none (its `checkCommand` option). */
export const DEFAULT_CHECK_COMMAND = 'npx starlight-checked-examples';

export function fixHint(example: ExampleFile | undefined, failure: Failure, checkCommand = DEFAULT_CHECK_COMMAND): string | undefined {
  if (example && isOutputMismatch(failure)) {
    return `if the new output is right: ${checkCommand} --update ${example.displayPath}`;
  }
  if (SANDBOX_REFUSED.test(failure.detail ?? '')) {
    return 'examples may write only in their working directory (a fresh empty folder for each run): open files by a relative name, not beside the example';
  }
  for (const [code] of (failure.detail ?? '').matchAll(/\bTS\d+\b/g)) {
    if (TYPESCRIPT_RULES[code]) return TYPESCRIPT_RULES[code];
  }
  return undefined;
}
