/**
 * Rules that make output which can never repeat comparable. They apply to both the expected and the actual
 * output before comparison; the page always shows the real, unnormalised output of the verified run.
 * Keep this list short: every rule is a place where a wrong output could slip through.
 */
export interface NormalizationRule {
  name: string;
  description: string;
  pattern: RegExp;
  replacement: string;
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
