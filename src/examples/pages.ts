/**
 * Checks the pages before the site is built: every `<Example file="…" region="…" />` names an example and region
 * that exist, and no page carries code of its own. A problem fails with the page's own path and line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { discoverExamples, loadExample } from './discover.ts';
import { LocatedError } from './errors.ts';
import { findInlineCode } from './inline-code.ts';
import { checkPageImports } from './page-imports.ts';
import { checkPageLinks } from './page-links.ts';
import { parseRegions } from './regions.ts';

/** What the page check needs to know of each example, keyed by its path under `examples/`. */
export type KnownExamples = Record<string, { regions: string[] }>;

export interface ExampleUse {
  page: string;
  line: number;
  file?: string;
  region?: string;
}

const TAG = /<Example\b([^>]*?)\/?>/g;
const ATTRIBUTE = /(\w+)=(?:"([^"]*)"|'([^']*)')/g;

function pagesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function findExampleUses(root: string, pagesDir: string): ExampleUse[] {
  return pagesUnder(pagesDir).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const page = relative(root, path);
    return [...text.matchAll(TAG)].map((tag) => {
      const attributes = Object.fromEntries([...tag[1]!.matchAll(ATTRIBUTE)].map((a) => [a[1], a[2] ?? a[3]]));
      const line = text.slice(0, tag.index).split('\n').length;
      return { page, line, file: attributes.file, region: attributes.region };
    });
  });
}

/** The URL path Starlight serves a page at: `src/content/docs/python/ref.mdx` → `/python/ref/`. */
export function pageUrl(page: string): string {
  const slug = page.replace(/^.*?src\/content\/docs\//, '').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return slug ? `/${slug.toLowerCase()}/` : '/';
}

/** Every problem with the pages' references to examples. */
export function checkExampleUses(uses: ExampleUse[], examples: KnownExamples): LocatedError[] {
  return uses.flatMap(({ page, line, file, region }) => {
    if (!file) return [new LocatedError(page, line, '<Example> needs a file="…" attribute (a path under examples/)')];
    const example = examples[file];
    if (!example) return [new LocatedError(page, line, `<Example file="${file}">: examples/${file} does not exist`)];
    if (region && !example.regions.includes(region)) {
      const known = example.regions.length ? `regions are: ${example.regions.join(', ')}` : 'it has no regions';
      return [new LocatedError(page, line, `<Example file="${file}" region="${region}">: no such region (${known})`)];
    }
    return [];
  });
}

/** The regions of every example on disk, without running anything; files with broken markers are left out. */
export function knownExamples(root: string, examplesDir: string): KnownExamples {
  const known: KnownExamples = {};
  for (const path of existsSync(examplesDir) ? discoverExamples(examplesDir) : []) {
    try {
      const example = loadExample(root, examplesDir, path);
      known[example.id] = { regions: [...parseRegions(example.source, example.language, example.displayPath).keys()] };
    } catch (error) {
      if (!(error instanceof LocatedError)) throw error;
    }
  }
  return known;
}

/**
 * Every problem of every page under `pagesDir`, in page order: a page that does not parse, inline code, a
 * component not imported, bad example references, and internal links to no page or anchor (`publicDir` holds the site's static files).
 */
export function checkPages(root: string, pagesDir: string, examples: KnownExamples, publicDir = join(root, 'public')): LocatedError[] {
  const pages = pagesUnder(pagesDir).map((path) => ({ page: relative(root, path), url: pageUrl(path), text: readFileSync(path, 'utf8') }));
  const inline = pages.flatMap(({ page, text }) => [...findInlineCode(page, text), ...checkPageImports(page, text, join(root, 'src'))]);
  const problems = [...inline, ...checkExampleUses(findExampleUses(root, pagesDir), examples), ...checkPageLinks(pages, publicDir)];
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
