import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPages, knownExamples } from '../../src/engine/pages.ts';
import { findInlineCode } from '../../src/engine/inline-code.ts';

const messages = (text: string, page = 'docs/page.mdx') => findInlineCode(page, text).map((error) => error.message);
const FIX = 'show a checked example with <Example file=…>';
const python = (line: number, page = 'docs/page.mdx') => `${page}:${line}: inline python block; ${FIX}`;
const component = (line: number) => `docs/page.mdx:${line}: inline <Code> component; ${FIX}`;
const pre = (line: number, page = 'docs/page.mdx') => `${page}:${line}: inline <pre> block; ${FIX}`;

describe('inline code in pages', () => {
  it('rejects a fenced block in a programming language, naming its line', () => {
    expect(messages('---\ntitle: T\n---\n\nText.\n\n```python\nprint(1)\n```\n')).toEqual([python(7)]);
    expect(messages('~~~ts title="x.ts"\nlet x = 1;\n~~~\n')).toEqual([`docs/page.mdx:1: inline ts block; ${FIX}`]);
    expect(messages('```Python {2}\nx = 1\n```\n')).toEqual([python(1)]);
  });

  it('rejects a fenced block without a language and says how to mark a shell command', () => {
    expect(messages('```\nx = 1\n```\n')).toEqual([
      `docs/page.mdx:1: inline code block without a language (a shell command? mark it \`\`\`sh); ${FIX}`,
    ]);
  });

  it('allows shell and console blocks, and ignores what is inside them', () => {
    expect(messages('```sh\nnpm ci\n```\n\n```console\n$ echo "<pre>"\n```\n\n````bash\n```python\n````\n\n```shell\nls\n```\n')).toEqual([]);
  });

  it('rejects a fence indented by one to three spaces', () => {
    expect(messages('Text.\n\n ```python\n x\n ```\n')).toEqual([python(3)]);
    expect(messages('Text.\n\n  ```python\n  x\n  ```\n')).toEqual([python(3)]);
    expect(messages('Text.\n\n   ```python\n   x\n   ```\n')).toEqual([python(3)]);
  });

  // Bug: a fence indented four spaces inside JSX still renders (MDX has no indented code blocks), and the
  // line-based check let it through.
  it('rejects a fence wherever it renders: indented inside JSX, in a list, a quote or an aside', () => {
    expect(messages('<Aside>\n    ```python\n    x\n    ```\n</Aside>\n')).toEqual([python(2)]);
    expect(messages('<Aside>\n\n        ```python\n        x\n        ```\n\n</Aside>\n')).toEqual([python(3)]);
    expect(messages('<div>\n  <Aside>\n      ```python\n      x\n      ```\n  </Aside>\n</div>\n')).toEqual([python(3)]);
    expect(messages('- item\n\n      ```python\n      x\n      ```\n')).toEqual([python(3)]);
    expect(messages('> ```python\n> x\n> ```\n')).toEqual([python(1)]);
    expect(messages(':::note\n```python\nx\n```\n:::\n')).toEqual([python(2)]);
  });

  it('fails the fixture page with the indented block inside <Aside>, naming its line and the fix', () => {
    const root = join(import.meta.dirname, '..', 'fixtures', 'inline-site');
    const problems = checkPages(root, join(root, 'src', 'content', 'docs'), knownExamples(root, join(root, 'examples')));
    expect(problems.map((problem) => problem.message)).toEqual([
      python(9, 'src/content/docs/aside.mdx'),
      python(13, 'src/content/docs/inline.mdx'),
    ]);
  });

  it('rejects a <Code> component and a raw <pre>, but not the word Code or code spans', () => {
    expect(messages('import { Code } from "@astrojs/starlight/components";\n\n<Code code="x = 1" lang="py" />\n\n<pre>x = 1</pre>\n')).toEqual([
      component(3),
      pre(5),
    ]);
    expect(messages('Call `weakref.ref(obj)`; Code and pre are words, `<Code />` and \\<pre> are text.\n')).toEqual([]);
  });

  it('rejects <Code> and <pre> anywhere on a line, and nested', () => {
    expect(messages('Text <Code code="x" lang="py" /> inline.\n')).toEqual([component(1)]);
    expect(messages('<div><Code code="x" lang="py" /></div>\n')).toEqual([component(1)]);
    expect(messages('<div>\n  <div>\n    <pre>x</pre>\n  </div>\n</div>\n')).toEqual([pre(3)]);
  });

  it('rejects <Code> and <pre> in JavaScript: expressions, attributes, exports', () => {
    expect(messages('Text {<pre>x</pre>} and\n\n{\n  <Code code="x" />\n}\n')).toEqual([pre(1), component(4)]);
    expect(messages('<Aside title={<pre>x</pre>} {...{ children: <Code code="x" /> }}>\n</Aside>\n')).toEqual([pre(1), component(1)]);
    expect(messages('export const Shown = () =>\n  <Code code="x" />;\n\nText.\n')).toEqual([component(2)]);
    expect(messages('export const Shown = () => /* one\n  two */ <Code code="x" />;\n\n{/* three\nfour */ <pre>x</pre>}\n')).toEqual([component(2), pre(5)]);
  });

  it('ignores what renders no code: comments, quoted attribute values, components of other names', () => {
    expect(messages('{/* <Code code="x" />\n<pre> */}\n\nText {/* <pre> */}.\n')).toEqual([]);
    expect(messages('<Aside title="<pre> and <Code>" hidden>\n</Aside>\n\n<Codes /> <Pre /> <prelude />\n')).toEqual([]);
  });

  it('reads a Markdown page as Markdown: indented code is code, raw HTML <pre> is a block', () => {
    expect(messages('Text.\n\n    x = 1\n', 'docs/page.md')).toEqual([
      `docs/page.md:3: inline code block without a language (a shell command? mark it \`\`\`sh); ${FIX}`,
    ]);
    expect(messages('<PRE>x</PRE>\n\nText <pre>y</pre> and <!-- <pre> -->.\n', 'docs/page.md')).toEqual([
      pre(1, 'docs/page.md'),
      pre(3, 'docs/page.md'),
    ]);
    // The same text in MDX: no indented code.
    expect(messages('Text.\n\n    x = 1\n')).toEqual([]);
    // As the site parses it (Starlight turns on directives), an indented block inside `:::note` is code.
    expect(messages(':::note\n    ```python\n    x\n    ```\n:::\n', 'docs/page.md')).toEqual([
      `docs/page.md:2: inline code block without a language (a shell command? mark it \`\`\`sh); ${FIX}`,
    ]);
  });

  it('ignores the front matter', () => {
    expect(messages('---\ntitle: T\ndescription: "```python"\n---\nText\n')).toEqual([]);
    expect(messages('---\ntitle: T\ndescription: "<pre>"\n---\nText\n', 'docs/page.md')).toEqual([]);
  });

  it('reports a page that does not parse at its line, without a stack trace', () => {
    const [problem, ...rest] = findInlineCode('docs/page.mdx', '---\ntitle: T\n---\n\nText {oops\n');
    expect(rest).toEqual([]);
    expect(problem!.message).toMatch(/^docs\/page\.mdx:5: the page does not parse: \S/);
    expect(problem!.message).not.toMatch(/^\s+at /m);
    expect(messages('Text {<pre>x</pre>} and {\n')).toEqual([
      'docs/page.mdx:1: the page does not parse: Unexpected end of file in expression, expected a corresponding closing brace for `{` (mdx-jsx:unexpected-character)',
    ]);
    expect(messages(`${'Text.\n\n'.repeat(5)}\n<Aside oops=>\n`)).toEqual([
      expect.stringMatching(/^docs\/page\.mdx:12: the page does not parse: Unexpected character/),
    ]);
  });
});
