/**
 * The site's promise is that every sample ran: a page shows code only through `<Example>`. This finds code a
 * page carries itself — a code block (shell commands excepted), a `<Code>` component or a raw `<pre>` — so the
 * build can fail on it with the page's path and line instead of publishing unchecked code.
 *
 * It reads the page with the parser the site renders it with (Sätteri, Astro's Markdown and MDX processor), so
 * it sees exactly the code blocks that render, however they are indented or nested (a fence inside `<Aside>`,
 * a list item or a `:::note`), and nothing that only looks like one (a fence inside a shell block, front matter).
 * It reads the syntax tree (mdast), not the HTML tree: that one drops a `:::note` before Starlight's plugin
 * would have turned it into an aside.
 */
import type { MdastNode } from 'satteri';
import { LocatedError } from './errors.ts';
import { pageTree } from './page-tree.ts';

/** Fence languages a page may use inline: commands for the reader's terminal, not programs. */
export const SHELL_LANGUAGES = ['sh', 'bash', 'shell', 'console'];

const FIX = 'show a checked example with <Example file=…>';
/** Tags that render code, and the comments that hide them, in source a page carries besides Markdown. */
type Embedded = { tags: RegExp; comments: RegExp };
/** JavaScript in an MDX page (an `{expression}`, an attribute, an `export`), whose block comments are MDX's comments. */
const JAVASCRIPT: Embedded = { tags: /<(Code|pre)\b/g, comments: /\/\*[\s\S]*?\*\//g };
/** Raw HTML in a Markdown (`.md`) page. */
const HTML: Embedded = { tags: /<(pre)\b/gi, comments: /<!--[\s\S]*?-->/g };

/** Where the parser's message says the problem is: "3:1: Expected a closing tag for `<Aside>` …". */
const PLACE = /^(\d+):\d+: /;

function parseError(page: string, error: Error): LocatedError {
  const message = error.message;
  const line = Number(PLACE.exec(message)?.[1] ?? 1);
  return new LocatedError(page, line, `the page does not parse: ${message.replace(PLACE, '')}`);
}

/** Problems in one page's text; `page` is the path printed in messages (`.md` is Markdown, else MDX). */
export function findInlineCode(page: string, text: string): LocatedError[] {
  const tree = pageTree(page, text);
  if (tree instanceof Error) return [parseError(page, tree)];
  const problems: LocatedError[] = [];
  const report = (line: number, what: string) => problems.push(new LocatedError(page, line, `${what}; ${FIX}`));
  /** Every tag that renders code in a piece of source that starts on `line`. */
  const scan = (code: string, line: number, { tags, comments }: Embedded) => {
    // A comment renders nothing: only its line breaks are kept, so that lines still count.
    const source = code.replace(comments, (comment) => '\n'.repeat(comment.split('\n').length - 1));
    for (const match of source.matchAll(tags)) {
      const at = line + source.slice(0, match.index).split('\n').length - 1;
      report(at, match[1] === 'Code' ? 'inline <Code> component' : 'inline <pre> block');
    }
  };
  const visit = (node: MdastNode) => {
    const line = node.position!.start.line; // Sätteri records every node's position unless told not to
    switch (node.type) {
      case 'code': {
        const language = (node.lang ?? '').toLowerCase();
        if (!SHELL_LANGUAGES.includes(language)) {
          report(line, language ? `inline ${language} block` : 'inline code block without a language (a shell command? mark it ```sh)');
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (node.name === 'Code') report(line, 'inline <Code> component');
        if (node.name === 'pre') report(line, 'inline <pre> block');
        // JavaScript in an attribute: `{...{ children: <Code /> }}` or `title={<pre>…</pre>}`; `title="<pre>"` is text.
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') scan(attribute.value, line, JAVASCRIPT);
          else if (typeof attribute.value === 'object' && attribute.value) scan(attribute.value.value, line, JAVASCRIPT);
        }
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'mdxjsEsm':
        scan(node.value, line, JAVASCRIPT);
        break;
      case 'html':
        scan(node.value, line, HTML);
        break;
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return problems;
}
