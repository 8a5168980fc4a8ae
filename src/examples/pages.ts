/**
 * Checks every `<Example file="…" region="…" />` in the pages before the site is built, so a page that names a
 * missing example or region fails with the page's own path and line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LocatedError } from './errors.ts';
import type { Manifest } from './manifest.ts';

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
export function checkExampleUses(uses: ExampleUse[], manifest: Manifest): LocatedError[] {
  return uses.flatMap(({ page, line, file, region }) => {
    if (!file) return [new LocatedError(page, line, '<Example> needs a file="…" attribute (a path under examples/)')];
    const example = manifest.examples[file];
    if (!example) return [new LocatedError(page, line, `<Example file="${file}">: examples/${file} does not exist`)];
    if (region && !example.regions.includes(region)) {
      const known = example.regions.length ? `regions are: ${example.regions.join(', ')}` : 'it has no regions';
      return [new LocatedError(page, line, `<Example file="${file}" region="${region}">: no such region (${known})`)];
    }
    return [];
  });
}
