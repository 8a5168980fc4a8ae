/**
 * What the page check learns from one page's text alone (parsing it is most of the check's cost), remembered in
 * `.cache/pages.json` by a hash of the page's path and text, the engine's version and the parsers' versions. A
 * check with no page changed parses none and loads no parser; what depends on other files (the examples'
 * regions, the other pages' anchors, src/ and public/) is checked every time, from these facts (pages.ts).
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheKey, engineVersion } from './cache.ts';
import { findInlineCode } from './inline-code.ts';
import { readPageImports, type SiteImport } from './page-imports.ts';
import { readLinks, type Link } from './page-links.ts';

/** An `<Example>` tag of a page, with its attributes. */
export interface ExampleTag {
  line: number;
  file?: string;
  region?: string;
}

export interface PageFacts {
  /** Problems of the page by itself: it does not parse, it carries code, it uses a component it does not import. */
  problems: { line: number; reason: string }[];
  siteImports: SiteImport[];
  anchors: string[];
  links: Link[];
  examples: ExampleTag[];
}

const TAG = /<Example\b([^>]*?)\/?>/g;
const ATTRIBUTE = /(\w+)=(?:"([^"]*)"|'([^']*)')/g;

/** Every `<Example>` tag in a page's text. */
export function exampleTagsIn(text: string): ExampleTag[] {
  return [...text.matchAll(TAG)].map((tag) => {
    const attributes = Object.fromEntries([...tag[1]!.matchAll(ATTRIBUTE)].map((a) => [a[1], a[2] ?? a[3]]));
    return { line: text.slice(0, tag.index).split('\n').length, file: attributes.file, region: attributes.region };
  });
}

/** The facts of one page, read from its text; `page` is its path as messages print it (`.md` is Markdown). */
export function readPageFacts(page: string, text: string): PageFacts {
  const { unimported, siteImports } = readPageImports(page, text);
  return {
    problems: [...findInlineCode(page, text), ...unimported].map(({ line, reason }) => ({ line, reason })),
    siteImports,
    ...readLinks(page, text),
    examples: exampleTagsIn(text),
  };
}

/** The installed version of a package, from its package.json (which its `exports` need not offer). */
function installedVersion(name: string): string {
  const entry = createRequire(import.meta.url).resolve(name);
  const folder = entry.slice(0, entry.lastIndexOf(`/node_modules/${name}/`) + `/node_modules/${name}/`.length);
  return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
}

interface Stored {
  version: string;
  pages: Record<string, PageFacts>;
}

/** Page facts by page text, kept in one file; `file` undefined keeps nothing. */
export class PageFactsCache {
  private readonly file: string | undefined;
  private readonly version: string;
  private readonly stored: Record<string, PageFacts> = {};
  private readonly used: Record<string, PageFacts> = {};
  private changed = false;

  constructor(file: string | undefined) {
    this.file = file;
    // Whatever decides a page's facts: the engine's code and the parser and slugger it reads pages with.
    this.version = cacheKey([engineVersion(), installedVersion('satteri'), installedVersion('github-slugger')]);
    if (!file) return;
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
      if (stored.version === this.version) this.stored = stored.pages;
    } catch {
      // No file yet, or a damaged one: every page is read again.
    }
  }

  facts(page: string, text: string): PageFacts {
    const key = cacheKey([page, text]);
    let facts = this.stored[key];
    if (!facts) {
      facts = readPageFacts(page, text);
      this.changed = true;
    }
    this.used[key] = facts;
    return facts;
  }

  /** Writes the facts of the pages read since this cache was made (pages gone since are dropped), if any changed. */
  save(): void {
    if (!this.file || (!this.changed && Object.keys(this.used).length === Object.keys(this.stored).length)) return;
    mkdirSync(dirname(this.file), { recursive: true });
    // Write then rename, so a check running beside this one never reads half a file.
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: this.version, pages: this.used } satisfies Stored));
    renameSync(temporary, this.file);
  }
}
