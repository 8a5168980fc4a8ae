import { describe, expect, it } from 'vitest';
import { missingSiteImports, pathAliases, readPageImports } from '../../src/engine/page-imports.ts';
import { throwAwayProject } from '../helpers/example-project.ts';

const root = '/nonexistent-root';
const check = (text: string, page = 'p.mdx', aliases = [{ prefix: '~/', folder: 'src/' }]) => {
  const { unimported, siteImports } = readPageImports(page, text);
  return [...unimported, ...missingSiteImports(root, page, siteImports, aliases)].sort((a, b) => a.line - b.line).map((problem) => problem.message);
};

describe('components a page uses are imported', () => {
  it('accepts default, named, renamed and trailing-comma imports, and lower-case HTML elements', () => {
    const text = "import Example from 'pkg/Example.astro';\nimport { Aside, Tabs as T, } from 'pkg';\n\n<Example />\n<Aside>x</Aside>\n<T />\n<div>y</div> and <span>z</span>\n";
    expect(check(text)).toEqual([]);
  });

  it('fails a block or inline component without its import, and a renamed import under its old name', () => {
    expect(check("import { Tabs as T } from 'pkg';\n\n<Tabs />\n\nSome <Badge text=\"x\" /> here.\n")).toEqual([
      'p.mdx:3: <Tabs> is used but not imported (this page imports T): correct its name, or import it at the top of the page',
      'p.mdx:5: <Badge> is used but not imported (this page imports T): correct its name, or import it at the top of the page',
    ]);
  });

  it('names the line of each import of a missing ~/ file, and leaves Markdown pages and unparsable pages alone', () => {
    expect(check("import A from 'pkg';\nimport B from '~/components/B.astro';\n\n<A /><B />\n")).toEqual([
      'p.mdx:2: imports ~/components/B.astro, which does not exist (~/ is src/)',
    ]);
    expect(check('<Aside>never closed\n')).toEqual([]);
    expect(check('# Markdown\n\n<Aside>x</Aside>\n', 'p.md')).toEqual([]);
  });

  it("checks a relative import and one through any alias of the site's tsconfig.json, not a package's", () => {
    const text = "import A from './A.astro';\nimport B from '@site/B.astro';\nimport C from '@astrojs/starlight/components';\n\n<A /><B /><C />\n";
    expect(check(text, 'docs/p.mdx', [{ prefix: '@site/', folder: 'components/' }])).toEqual([
      'docs/p.mdx:1: imports ./A.astro, which does not exist (relative to the page)',
      'docs/p.mdx:2: imports @site/B.astro, which does not exist (@site/ is components/)',
    ]);
  });

  it("reads the aliases of the site's tsconfig.json, comments and trailing commas included", () => {
    const project = throwAwayProject('aliases-', {
      'tsconfig.json': '{\n  // paths\n  "compilerOptions": { "baseUrl": "src", "paths": { "@c/*": ["./components/*"], "x": ["y"], "/*": ["z/*"], }, },\n}\n',
    });
    expect(pathAliases(project)).toEqual([{ prefix: '@c/', folder: 'src/components/' }, { prefix: '/', folder: 'src/z/' }]);
    expect(pathAliases(throwAwayProject('no-tsconfig-', {}))).toEqual([]);
  });
});
