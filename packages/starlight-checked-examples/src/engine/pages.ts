/**
 * Checks the pages before the site is built: every `<Example file="…" region="…" />` names an example and region
 * that exist, and no page carries code of its own. A problem fails with the page's own path and line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { discoverExamples, loadExample } from './discover.ts';
import { LocatedError } from './errors.ts';
import { exampleTagsIn, PageFactsCache } from './page-facts.ts';
import { missingSiteImports, pathAliases } from './page-imports.ts';
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

function pagesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function findExampleUses(root: string, pagesDir: string): ExampleUse[] {
  return pagesUnder(pagesDir).flatMap((path) => exampleTagsIn(readFileSync(path, 'utf8')).map((tag) => ({ page: relative(root, path), ...tag })));
}

/** The URL path Starlight serves a page at: `src/content/docs/guides/intro.mdx` → `/guides/intro/`. */
export function pageUrl(page: string): string {
  const slug = page.replace(/^(.*?\/)?content\/docs\//, '').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return slug ? `/${slug.toLowerCase()}/` : '/';
}

/** Every problem with the pages' references to examples; `examplesFolder` is named in messages. */
export function checkExampleUses(uses: ExampleUse[], examples: KnownExamples, examplesFolder = 'examples'): LocatedError[] {
  return uses.flatMap(({ page, line, file, region }) => {
    if (!file) return [new LocatedError(page, line, `<Example> needs a file="…" attribute (a path under ${examplesFolder}/)`)];
    const example = examples[file];
    if (!example) return [new LocatedError(page, line, `<Example file="${file}">: ${examplesFolder}/${file} does not exist`)];
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

export interface PageCheckOptions {
  /** The site's static files (default `<root>/public`). */
  publicDir?: string;
  /** Keeps what each page's text says between checks (page-facts.ts). */
  factsFile?: string;
  /** Paths other integrations serve that are not pages (`/sitemap-index.xml`): links to them are not broken. */
  extraRoutes?: string[];
  /** The examples folder, relative to the root, as messages name it (default `examples`). */
  examplesFolder?: string;
}

/**
 * Every problem of every page under `pagesDir`, in page order: a page that does not parse, inline code, a
 * component not imported, an import of a file that does not exist, bad example references, and internal links to
 * no page or anchor.
 */
export function checkPages(root: string, pagesDir: string, examples: KnownExamples, options: PageCheckOptions = {}): LocatedError[] {
  const { publicDir = join(root, 'public'), factsFile, extraRoutes = [], examplesFolder = 'examples' } = options;
  const cache = new PageFactsCache(factsFile);
  const pages = pagesUnder(pagesDir).map((path) => {
    const page = relative(root, path);
    return { page, url: pageUrl(path), ...cache.facts(page, readFileSync(path, 'utf8')) };
  });
  cache.save();
  const aliases = pathAliases(root);
  const problems = [
    ...pages.flatMap(({ page, problems }) => problems.map(({ line, reason }) => new LocatedError(page, line, reason))),
    ...pages.flatMap(({ page, siteImports }) => missingSiteImports(root, page, siteImports, aliases)),
    ...checkExampleUses(pages.flatMap(({ page, examples }) => examples.map((tag) => ({ page, ...tag }))), examples, examplesFolder),
    ...checkPageLinks(pages, publicDir, extraRoutes, relative(root, pagesDir)),
  ];
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

