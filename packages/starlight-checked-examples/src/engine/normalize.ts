/**
 * Rules that make output which can never repeat comparable. They apply to both the expected and the actual
 * output before comparison; the page always shows the real, unnormalised output of a verified run.
 * Keep this list short: every rule is a place where a wrong output could slip through.
 */
export interface NormalizationRule {
  name: string;
  description: string;
  pattern: RegExp;
  replacement: string;
  /** Output it changes is different on every run (not just formatted differently). */
  varies?: boolean;
}

export const NORMALIZATION_RULES: NormalizationRule[] = [
  {
    name: 'line endings',
    description: 'Windows line endings (`\\r\\n`) become `\\n`.',
    pattern: /\r\n/g,
    replacement: '\n',
  },
  {
    name: 'memory addresses',
    description: 'Hexadecimal addresses such as `0x7f3a2c1d9e50` (object reprs) become `0x…`.',
    pattern: /\b0x[0-9a-fA-F]{4,16}\b/g,
    replacement: '0x…',
    varies: true,
  },
  {
    name: 'trailing spaces',
    description: 'Spaces and tabs at the end of a line are ignored.',
    pattern: /[ \t]+$/gm,
    replacement: '',
  },
  {
    name: 'final newlines',
    description: 'Newlines at the very end of the output are ignored.',
    pattern: /\n+$/,
    replacement: '',
  },
];

export function normalize(output: string): string {
  return NORMALIZATION_RULES.reduce((text, rule) => text.replace(rule.pattern, rule.replacement), output);
}

/** Whether output contains something that differs on every run (an address): a recorded copy is not this run's. */
export function varies(output: string): boolean {
  return NORMALIZATION_RULES.some((rule) => rule.varies && output.replace(rule.pattern, rule.replacement) !== output);
}
