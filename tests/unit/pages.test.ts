import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/examples/manifest.ts';
import { checkExampleUses, findExampleUses, pageUrl } from '../../src/examples/pages.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'broken');
const manifest = {
  checkedAt: '',
  examples: { 'python/wrong_output.py': { regions: ['main'] } },
} as unknown as Manifest;

describe('pages that name examples', () => {
  it('finds every <Example> with its page and line', () => {
    expect(findExampleUses(root, join(root, 'src', 'content', 'docs'))).toEqual([
      { page: 'src/content/docs/missing.mdx', line: 6, file: 'python/does_not_exist.py', region: undefined },
      { page: 'src/content/docs/missing.mdx', line: 8, file: 'python/wrong_output.py', region: 'nope' },
    ]);
  });

  it('rejects a missing file and a missing region, naming the page and line', () => {
    const uses = findExampleUses(root, join(root, 'src', 'content', 'docs'));
    expect(checkExampleUses(uses, manifest.examples).map((error) => error.message)).toEqual([
      'src/content/docs/missing.mdx:6: <Example file="python/does_not_exist.py">: examples/python/does_not_exist.py does not exist',
      'src/content/docs/missing.mdx:8: <Example file="python/wrong_output.py" region="nope">: no such region (regions are: main)',
    ]);
  });

  it('rejects an <Example> without a file', () => {
    expect(checkExampleUses([{ page: 'p.mdx', line: 3 }], manifest.examples)[0]!.message).toBe(
      'p.mdx:3: <Example> needs a file="…" attribute (a path under examples/)',
    );
  });
});

describe('pageUrl', () => {
  it.each([
    ['src/content/docs/python/ref.mdx', '/python/ref/'],
    ['src/content/docs/index.mdx', '/'],
    ['src/content/docs/start/index.md', '/start/'],
    ['src/content/docs/JS/WeakRef.mdx', '/js/weakref/'],
  ])('%s is served at %s', (page, url) => {
    expect(pageUrl(page)).toBe(url);
  });
});
