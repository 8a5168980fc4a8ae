/**
 * llms.txt, llms-small.txt and llms-full.txt (starlight-llms-txt) carry the pages as Markdown, with each
 * <Example> as the page shows it: the code of the region in a fenced block, then its verified output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snippet, type LanguageId as Language } from 'starlight-checked-examples/engine';
import { DIST } from './site.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

/**
 * The Markdown an example becomes: its code fenced with its language, then "Output" and the output fenced.
 * Blank lines inside the code count once: the plugin writes each of Expressive Code's empty lines as two.
 */
function exampleMarkdown(file: string, language: Language, region: string, fence: string): string {
  const source = readFileSync(join(ROOT, 'examples', file), 'utf8');
  const code = snippet(source, language, file, region).code;
  const output = readFileSync(join(ROOT, 'examples', file.replace(/\.(py|ts)$/, '.out')), 'utf8').replace(/\n$/, '');
  return `\`\`\`${fence}\n${code}\n\`\`\`\n\nOutput\n\n\`\`\`\n${output}\n\`\`\``;
}

const collapseBlankLines = (text: string) => text.replace(/\n{3,}/g, '\n\n');

describe('llms.txt', () => {
  it('links the full and the small file by their full URLs', () => {
    const index = read('llms.txt');
    expect(index).toMatch(/^# Weakref Handbook$/m);
    expect(index).toMatch(/\]\(https?:\/\/[^)]+\/llms-full\.txt\)/);
    expect(index).toMatch(/\]\(https?:\/\/[^)]+\/llms-small\.txt\)/);
  });

  it('detects an example whose code or output is missing (control)', () => {
    const expected = exampleMarkdown('python/basics/first_ref.py', 'python', 'main', 'python');
    expect(collapseBlankLines(expected.replace('after collection: None', 'after collection: 0'))).not.toBe(collapseBlankLines(expected));
    expect(collapseBlankLines(read('llms-full.txt'))).not.toContain(collapseBlankLines(expected.replace('after collection: None', 'after collection: 0')));
  });

  it('has a Python example with its code and verified output in the full file', () => {
    const full = collapseBlankLines(read('llms-full.txt'));
    expect(full).toContain(collapseBlankLines(exampleMarkdown('python/basics/first_ref.py', 'python', 'main', 'python')));
    expect(full).toContain('[Download](/examples/python/basics/first_ref.py)');
  });

  it('has a TypeScript example without the type-hover text', () => {
    const full = collapseBlankLines(read('llms-full.txt'));
    // An example that prints the same on every engine, so the file shows one plain "Output".
    expect(full).toContain(collapseBlankLines(exampleMarkdown('ts/weakref/deref.ts', 'ts', 'main', 'ts')));
  });

  it('keeps the examples in the small file too (its prose is squeezed onto fewer lines, code blocks are not)', () => {
    const small = collapseBlankLines(read('llms-small.txt'));
    const [code, output] = collapseBlankLines(exampleMarkdown('python/basics/first_ref.py', 'python', 'main', 'python')).split('\n\nOutput\n\n');
    expect(small).toContain(`${code}\n Output \n${output}`);
  });
});
