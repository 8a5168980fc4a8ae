import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInlineCode } from '../../src/examples/inline-code.ts';
import { checkPages, knownExamples } from '../../src/examples/pages.ts';

const messages = (text: string) => findInlineCode('docs/page.mdx', text).map((error) => error.message);
const FIX = 'show a checked example with <Example file=…>';

describe('inline code in pages', () => {
  it('rejects a fenced block in a programming language, naming its line', () => {
    expect(messages('---\ntitle: T\n---\n\nText.\n\n```python\nprint(1)\n```\n')).toEqual([`docs/page.mdx:7: inline python block; ${FIX}`]);
    expect(messages('~~~ts title="x.ts"\nlet x = 1;\n~~~\n')).toEqual([`docs/page.mdx:1: inline ts block; ${FIX}`]);
  });

  it('rejects a fenced block without a language and says how to mark a shell command', () => {
    expect(messages('```\nx = 1\n```\n')).toEqual([
      `docs/page.mdx:1: inline code block without a language (a shell command? mark it \`\`\`sh); ${FIX}`,
    ]);
  });

  it('allows shell and console blocks, and ignores what is inside them', () => {
    expect(messages('```sh\nnpm ci\n```\n\n```console\n$ echo "<pre>"\n```\n\n````bash\n```python\n````\n')).toEqual([]);
  });

  it('rejects a <Code> component and a raw <pre>, but not the word Code or code spans', () => {
    expect(messages('import { Code } from "@astrojs/starlight/components";\n\n<Code code="x = 1" lang="py" />\n\n<pre>x = 1</pre>\n')).toEqual([
      `docs/page.mdx:3: inline <Code> component; ${FIX}`,
      `docs/page.mdx:5: inline <pre> block; ${FIX}`,
    ]);
    expect(messages('Call `weakref.ref(obj)`; Code and pre are words.\n')).toEqual([]);
  });

  it('ignores the front matter', () => {
    expect(messages('---\ntitle: T\ndescription: "```python"\n---\nText\n')).toEqual([]);
  });

  it('finds nothing on the real site', () => {
    const root = join(import.meta.dirname, '..', '..');
    const problems = checkPages(root, join(root, 'src', 'content', 'docs'), knownExamples(root, join(root, 'examples')));
    expect(problems.map((problem) => problem.message)).toEqual([]);
  });
});
