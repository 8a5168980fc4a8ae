/** CI runs the README's test command, and the links of README, CONTRIBUTING, docs/ENGINE.md and the package's README resolve. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DOCUMENTS = ['README.md', 'CONTRIBUTING.md', 'docs/ENGINE.md', 'packages/starlight-checked-examples/README.md', 'packages/starlight-checked-examples/CHANGELOG.md'];
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The test command of the README's first code block: the one whose comment says it runs the tests. */
function readmeTestCommand(readme: string): string | undefined {
  const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const line = block.split('\n').find((text) => /#.*\btests?\b/.test(text));
  return line?.split('#')[0]!.trim();
}

/** The last command of a shell script, ignoring comments and blank lines. */
function lastCommand(script: string): string | undefined {
  return script.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#')).at(-1);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');

/** Every relative link of a Markdown document that points at no file, or at no heading of it. */
function brokenLinks(document: string, text: string, exists: (path: string) => string | undefined): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].flatMap(([, target]) => {
    if (/^[a-z]+:/.test(target!)) return [];
    const [path, fragment] = target!.split('#') as [string, string | undefined];
    const resolved = path ? join(dirname(document), path) : document;
    const linked = exists(resolved);
    if (linked === undefined) return [`${document}: ${target} (no such file)`];
    const headings = [...linked.matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchor(match[1]!));
    return fragment && !headings.includes(fragment) ? [`${document}: ${target} (no such heading)`] : [];
  });
}

const onDisk = (path: string) => (existsSync(join(ROOT, path)) ? read(path) : undefined);

describe('README', () => {
  it("finds the test command of the README's first code block (control)", () => {
    expect(readmeTestCommand('```sh\nnpm ci && npm run dev   # install, serve\nnpm test   # every test\n```\n')).toBe('npm test');
    expect(readmeTestCommand('```sh\nnpm ci   # install\n```\n')).toBeUndefined();
    expect(lastCommand('#!/bin/sh\nnpm ci\nnpm test\n# done\n\n')).toBe('npm test');
  });

  it('is the command .ci/run ends with', () => {
    const command = readmeTestCommand(read('README.md'));
    expect(command).toBe('npm test');
    expect(lastCommand(read('.ci/run'))).toBe(command);
  });

  it('reports a link to a missing file or heading (control)', () => {
    const files: Record<string, string> = { 'docs/ENGINE.md': '# Engine\n## Split the check across CI jobs\n' };
    const text = '[a](docs/ENGINE.md#split-the-check-across-ci-jobs) [b](docs/ENGINE.md#deploy) [c](GONE.md) [d](https://x.org/#y)';
    expect(brokenLinks('README.md', text, (path) => files[path])).toEqual([
      'README.md: docs/ENGINE.md#deploy (no such heading)',
      'README.md: GONE.md (no such file)',
    ]);
    expect(anchor('1. Set up and learn the loop')).toBe('1-set-up-and-learn-the-loop');
  });

  it('links from README, CONTRIBUTING, docs/ENGINE.md and the package README and CHANGELOG resolve to files and headings', () => {
    expect(DOCUMENTS.flatMap((document) => brokenLinks(document, read(document), onDisk))).toEqual([]);
  });
});
