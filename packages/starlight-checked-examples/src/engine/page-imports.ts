/**
 * An MDX page renders a component only if it imports it: `<Aside>` without its import builds nothing and fails
 * the build late ("Expected component `Aside` to be defined"). This finds, before any build, a component used
 * but not imported, and an import of a file under `~/` (the site's src/) that does not exist.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MdastNode } from 'satteri';
import { LocatedError } from './errors.ts';
import { pageTree } from './page-tree.ts';

const IMPORT = /import\s+(?:(\w+)|\{([^}]*)\})\s+from\s+['"]([^'"]+)['"]/g;

export interface PageImport {
  /** The names it binds (`import X from …`: X; `import { A, B as C } from …`: A, C). */
  names: string[];
  from: string;
  /** Where it starts in the source it was read from. */
  index: number;
}

/** The imports in an MDX page's ESM source (its `mdxjsEsm` blocks). */
export function importsIn(esm: string): PageImport[] {
  return [...esm.matchAll(IMPORT)].map(({ 1: single, 2: named, 3: from, index }) => ({
    names: single ? [single] : named!.split(',').map((name) => name.trim().split(/\s+as\s+/).pop()!).filter(Boolean),
    from: from!,
    index,
  }));
}

/** Every import of a parsed MDX page. */
export function pageImports(tree: MdastNode): PageImport[] {
  if (tree.type === 'mdxjsEsm') return importsIn(tree.value);
  return 'children' in tree ? tree.children.flatMap(pageImports) : [];
}

/** An import of a file under the site's src/ (`~/…`), whose existence is checked on every check. */
export interface SiteImport {
  line: number;
  from: string;
}

/**
 * What one page's imports say, from its text alone: every component used but not imported, and its `~/` imports
 * (missingSiteImports checks those against src/). Markdown pages and pages that do not parse have neither.
 */
export function readPageImports(page: string, text: string): { unimported: LocatedError[]; siteImports: SiteImport[] } {
  const unimported: LocatedError[] = [];
  const siteImports: SiteImport[] = [];
  if (!page.endsWith('.mdx')) return { unimported, siteImports };
  const tree = pageTree(page, text);
  if (tree instanceof Error) return { unimported, siteImports };
  const imported = new Set<string>();
  const visit = (node: MdastNode) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxjsEsm') {
      for (const { names, from, index } of importsIn(node.value)) {
        names.forEach((name) => imported.add(name));
        if (from.startsWith('~/')) siteImports.push({ line: line + node.value.slice(0, index).split('\n').length - 1, from });
      }
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
      const name = node.name.split('.')[0]!;
      if (!imported.has(name)) {
        const known = imported.size ? `this page imports ${[...imported].join(', ')}` : 'this page imports nothing';
        unimported.push(new LocatedError(page, line, `<${node.name}> is used but not imported (${known}): correct its name, or import it at the top of the page`));
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return { unimported, siteImports };
}

/** The `~/` imports of `page` whose file does not exist; `srcDir` is where `~/` points. */
export function missingSiteImports(page: string, imports: SiteImport[], srcDir: string): LocatedError[] {
  return imports
    .filter(({ from }) => !existsSync(join(srcDir, from.slice(2))))
    .map(({ line, from }) => new LocatedError(page, line, `imports ${from}, which does not exist (~/ is src/)`));
}
