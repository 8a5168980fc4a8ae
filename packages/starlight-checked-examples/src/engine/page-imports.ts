/**
 * An MDX page renders a component only if it imports it: `<Aside>` without its import builds nothing and fails
 * the build late ("Expected component `Aside` to be defined"). This finds, before any build, a component used
 * but not imported, and an import of a file that does not exist (relative, or through a tsconfig.json path alias
 * such as `~/`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
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

/** An import that may name a file of the site (not a package's), whose existence is checked on every check. */
export interface SiteImport {
  line: number;
  from: string;
}

/**
 * What one page's imports say, from its text alone: every component used but not imported, and every import
 * (missingSiteImports checks those that name files). Markdown pages and pages that do not parse have neither.
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
        siteImports.push({ line: line + node.value.slice(0, index).split('\n').length - 1, from });
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

/** A path alias of the site's tsconfig.json: `~/*` → `./src/*` is `{ prefix: '~/', folder: 'src/' }`. */
export interface PathAlias {
  prefix: string;
  folder: string;
}

/**
 * The path aliases in `compilerOptions.paths` of `root`'s own tsconfig.json (not of a file it extends): those that
 * end in `/*` and point to one folder. Read as JSON with comments.
 */
export function pathAliases(root: string): PathAlias[] {
  const file = join(root, 'tsconfig.json');
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8').replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_, string) => string ?? '');
  let config: { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } };
  try {
    config = JSON.parse(text.replace(/,(\s*[}\]])/g, '$1'));
  } catch {
    return [];
  }
  const base = config.compilerOptions?.baseUrl ?? '.';
  return Object.entries(config.compilerOptions?.paths ?? {})
    .filter(([pattern, targets]) => pattern.endsWith('/*') && targets.length === 1 && targets[0]!.endsWith('/*'))
    .map(([pattern, [target]]) => ({ prefix: pattern.slice(0, -1), folder: posix.normalize(posix.join(base, target!.slice(0, -1))) }));
}

/**
 * The imports of `page` that name a file that does not exist: a relative import, or one through a path alias of
 * the site (`~/components/X.astro`). Imports of packages are left to the bundler.
 */
export function missingSiteImports(root: string, page: string, imports: SiteImport[], aliases: PathAlias[]): LocatedError[] {
  return imports.flatMap(({ line, from }) => {
    const alias = aliases.find(({ prefix }) => from.startsWith(prefix));
    const file = alias ? join(root, alias.folder, from.slice(alias.prefix.length)) : /^\.\.?\//.test(from) ? join(root, dirname(page), from) : undefined;
    if (file === undefined || existsSync(file)) return [];
    const why = alias ? `${alias.prefix} is ${alias.folder}` : 'relative to the page';
    return [new LocatedError(page, line, `imports ${from}, which does not exist (${why})`)];
  });
}
