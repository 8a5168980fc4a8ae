import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/engine/manifest.ts';
import { checkExampleUses, checkPages, findExampleUses, knownExamples, pageUrl } from '../../src/engine/pages.ts';
import { throwAwayProject } from '../helpers/example-project.ts';

const project = (files: Record<string, string>) => throwAwayProject('pages-', files);
const FIX = 'show a checked example with <Example file=…>';

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

  it('reads attributes in single or double quotes, and an <Example> that is not self-closing', () => {
    const root = project({
      'docs/a.mdx': "<Example file='python/x.py' region='main' />\n\n<Example title=\"T\" file=\"python/y.py\"></Example>\n",
    });
    expect(findExampleUses(root, join(root, 'docs'))).toEqual([
      { page: 'docs/a.mdx', line: 1, file: 'python/x.py', region: 'main' },
      { page: 'docs/a.mdx', line: 3, file: 'python/y.py', region: undefined },
    ]);
  });

  it('lists the uses in path order, with the pages of a folder where its name sorts', () => {
    const root = project({ 'docs/b.mdx': '<Example file="python/b.py" />\n', 'docs/a/x.mdx': '<Example file="python/a.py" />\n' });
    expect(findExampleUses(root, join(root, 'docs')).map((use) => use.page)).toEqual(['docs/a/x.mdx', 'docs/b.mdx']);
  });

  it('names the regions a file has, or says it has none', () => {
    const examples = { 'python/two.py': { regions: ['setup', 'main'] }, 'python/none.py': { regions: [] } };
    const uses = [
      { page: 'p.mdx', line: 1, file: 'python/two.py', region: 'nope' },
      { page: 'p.mdx', line: 2, file: 'python/none.py', region: 'main' },
      { page: 'p.mdx', line: 3, file: 'python/two.py', region: 'main' },
    ];
    expect(checkExampleUses(uses, examples).map((error) => error.message)).toEqual([
      'p.mdx:1: <Example file="python/two.py" region="nope">: no such region (regions are: setup, main)',
      'p.mdx:2: <Example file="python/none.py" region="main">: no such region (it has no regions)',
    ]);
  });

  it('rejects an <Example> without a file', () => {
    expect(checkExampleUses([{ page: 'p.mdx', line: 3 }], manifest.examples)[0]!.message).toBe(
      'p.mdx:3: <Example> needs a file="…" attribute (a path under examples/)',
    );
  });
});

describe('the pages and examples the check reads', () => {
  it('checks every .md and .mdx page in every folder, and nothing else', () => {
    const fence = 'Text.\n\n```python\nx = 1\n```\n';
    const root = project({
      'src/content/docs/a.mdx': fence,
      'src/content/docs/deep/er/b.md': fence,
      'src/content/docs/notes.txt': fence,
      'src/content/docs/old.mdx.bak': fence,
      'src/content/docs/diagram.svg': '<svg><pre>x</pre></svg>',
      'src/content/docs/folder.mdx/c.mdx': fence,
    });
    expect(checkPages(root, join(root, 'src/content/docs'), {}).map((problem) => problem.message)).toEqual([
      `src/content/docs/a.mdx:3: inline python block; ${FIX}`,
      `src/content/docs/deep/er/b.md:3: inline python block; ${FIX}`,
      `src/content/docs/folder.mdx/c.mdx:3: inline python block; ${FIX}`,
    ]);
  });

  it('lists the problems by page, then line, whichever check found them', () => {
    const root = project({
      'src/content/docs/a.mdx': 'Text.\n\n```python\nx = 1\n```\n\n<Example file="python/gone.py" />\n',
      'src/content/docs/b.md': '<Example file="python/gone.py" />\n\n```js\nx\n```\n',
    });
    expect(checkPages(root, join(root, 'src/content/docs'), {}).map((problem) => `${problem.file}:${problem.line}`)).toEqual([
      'src/content/docs/a.mdx:3',
      'src/content/docs/a.mdx:7',
      'src/content/docs/a.mdx:7',
      'src/content/docs/b.md:1',
      'src/content/docs/b.md:3',
    ]);
  });

  it('finds a component used without its import, an import of a missing file, and a link to no page or anchor', () => {
    const root = project({
      'tsconfig.json': '{\n  // as Astro writes it\n  "compilerOptions": { "paths": { "~/*": ["./src/*"] } },\n}\n',
      'src/components/Example.astro': '',
      'src/content/docs/a.mdx': "import Example from '~/components/Example.astro';\nimport Gone from '~/components/Gone.astro';\n\n<Aside>Hi</Aside>\n\n[b](/b/#nope) [c](/c/)\n",
      'src/content/docs/b.md': '# B\n\n## Here\n',
    });
    expect(checkPages(root, join(root, 'src/content/docs'), {}).map((problem) => problem.message)).toEqual([
      'src/content/docs/a.mdx:2: imports ~/components/Gone.astro, which does not exist (~/ is src/)',
      'src/content/docs/a.mdx:4: <Aside> is used but not imported (this page imports Example, Gone): correct its name, or import it at the top of the page',
      'src/content/docs/a.mdx:6: the link /b/#nope: /b/ has no heading or id "nope" (did you mean #here?)',
      'src/content/docs/a.mdx:6: the link /c/ leads to no page (a page is served at /<its path under src/content/docs>/)',
    ]);
  });

  it('finds nothing where there are no pages or no examples', () => {
    const root = project({});
    expect(checkPages(root, join(root, 'src/content/docs'), {})).toEqual([]);
    expect(knownExamples(root, join(root, 'examples'))).toEqual({});
  });

  it('knows the regions of each example, and leaves out files whose markers are broken', () => {
    const root = project({
      'examples/python/a.py': '# region main\nprint(1)\n# endregion\n',
      'examples/python/broken.py': '# region main\nprint(1)\n',
      'examples/ts/b.ts': 'console.log(1);\n',
    });
    expect(knownExamples(root, join(root, 'examples'))).toEqual({ 'python/a.py': { regions: ['main'] }, 'ts/b.ts': { regions: [] } });
  });

  it('stops on an example it cannot read (a problem of the machine, not of a page)', () => {
    const root = project({ 'examples/python/a.py': 'print(1)\n' });
    symlinkSync(join(root, 'nowhere.py'), join(root, 'examples/python/gone.py'));
    expect(() => knownExamples(root, join(root, 'examples'))).toThrow(/ENOENT/);
  });
});

describe('pageUrl', () => {
  it.each([
    ['src/content/docs/python/ref.mdx', '/python/ref/'],
    ['src/content/docs/index.mdx', '/'],
    ['src/content/docs/start/index.md', '/start/'],
    ['src/content/docs/JS/WeakRef.mdx', '/js/weakref/'],
    ['src/content/docs/python/indexing.mdx', '/python/indexing/'],
    ['src/content/docs/tips/use.md.files.mdx', '/tips/use.md.files/'],
  ])('%s is served at %s', (page, url) => {
    expect(pageUrl(page)).toBe(url);
  });
});
