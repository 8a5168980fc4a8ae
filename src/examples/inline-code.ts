/**
 * The site's promise is that every sample ran: a page shows code only through `<Example>`. This finds code a
 * page carries itself — a fenced block (shell commands excepted), a `<Code>` component or a raw `<pre>` — so the
 * build can fail on it with the page's path and line instead of publishing unchecked code.
 */
import { LocatedError } from './errors.ts';

/** Fence languages a page may use inline: commands for the reader's terminal, not programs. */
export const SHELL_LANGUAGES = ['sh', 'bash', 'shell', 'console'];

const FIX = 'show a checked example with <Example file=…>';
const OPENING_FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`{]*)/;
const CODE_TAG = /<Code\b/;
const PRE_TAG = /<pre\b/i;

/** Problems in one page's text; `page` is the path printed in messages. */
export function findInlineCode(page: string, text: string): LocatedError[] {
  const problems: LocatedError[] = [];
  const lines = text.split('\n');
  let fence: { marker: string; line: number } | undefined;
  let frontmatter = lines[0]?.trim() === '---';
  lines.forEach((content, index) => {
    const line = index + 1;
    if (frontmatter) {
      if (index > 0 && content.trim() === '---') frontmatter = false;
      return;
    }
    if (fence) {
      // A fence closes with the same character, at least as long, and nothing after it.
      const close = content.trim();
      if (close.startsWith(fence.marker) && /^(`+|~+)$/.test(close)) fence = undefined;
      return;
    }
    const open = OPENING_FENCE.exec(content);
    if (open) {
      fence = { marker: open[1]!, line };
      const language = open[2]!.toLowerCase();
      if (!SHELL_LANGUAGES.includes(language)) {
        const what = language ? `inline ${language} block` : 'inline code block without a language (a shell command? mark it ```sh)';
        problems.push(new LocatedError(page, line, `${what}; ${FIX}`));
      }
      return;
    }
    if (CODE_TAG.test(content)) problems.push(new LocatedError(page, line, `inline <Code> component; ${FIX}`));
    if (PRE_TAG.test(content)) problems.push(new LocatedError(page, line, `inline <pre> block; ${FIX}`));
  });
  return problems;
}
