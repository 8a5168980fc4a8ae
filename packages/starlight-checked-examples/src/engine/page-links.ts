/**
 * Checks the pages' internal links and anchors before any build, by the rules of the site's link validator
 * (starlight-links-validator), so the command-line check finds a broken link in seconds:
 * - a link is a Markdown link, an `<a href>`, a `<LinkCard href>` or `<LinkButton href>`;
 * - a page's anchors are its headings' ids (github-slugger over the heading text, as Astro makes them), `_top`,
 *   and every `id` attribute written in the page (an `<ApiEntry id="ref">` renders that anchor).
 * Links the site adds while rendering (API names linked to the reference) are made from the reference data and
 * are not seen here; the validator in the build still checks them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { MdastNode } from 'satteri';
import { LocatedError } from './errors.ts';
import { pageTree } from './page-tree.ts';

/** Components whose attribute is a link, as the validator has them built in. */
const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', LinkCard: 'href', LinkButton: 'href' };

export interface Link {
  line: number;
  href: string;
}

/** A page with what readLinks found in it. */
export interface LinkedPage {
  page: string;
  url: string;
  anchors: string[];
  links: Link[];
}

const textOf = (node: MdastNode): string => {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
};

/** A page's anchors and links, read from its syntax tree (none of a page that does not parse: the page check reports it). */
export function readLinks(page: string, text: string): { anchors: string[]; links: Link[] } {
  const anchors = new Set(['_top']);
  const links: Link[] = [];
  const slugger = new GithubSlugger();
  const visit = (node: MdastNode) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading') anchors.add(slugger.slug(textOf(node)));
    if (node.type === 'link' || node.type === 'definition') links.push({ line, href: node.url });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        if (attribute.name === 'id') anchors.add(attribute.value);
        if (node.name && attribute.name === LINK_ATTRIBUTES[node.name]) links.push({ line, href: attribute.value });
      }
    }
    if (node.type === 'html') {
      for (const [, id] of node.value.matchAll(/\bid="([^"]+)"/g)) anchors.add(id!);
      for (const [, href] of node.value.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) links.push({ line, href: href! });
    }
    if ('children' in node) node.children.forEach(visit);
  };
  const tree = pageTree(page, text);
  if (!(tree instanceof Error)) visit(tree);
  return { anchors: [...anchors], links };
}

const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** Edit distance, for the anchor a mistyped one most likely meant. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

const closest = (wanted: string, anchors: Set<string>) =>
  [...anchors].filter((anchor) => anchor !== '_top').sort((x, y) => distance(wanted, x) - distance(wanted, y))[0];

/**
 * Every internal link of `pages` that leads nowhere: to no page, file in `publicDir` or one of `extraRoutes` (what
 * other integrations serve: `/sitemap-index.xml`), or to an anchor the page does not have. External links are not
 * followed. `pagesFolder` (relative to the project root) is named in the message.
 */
export function checkPageLinks(pages: LinkedPage[], publicDir: string, extraRoutes: string[] = [], pagesFolder = 'src/content/docs'): LocatedError[] {
  const byUrl = new Map(pages.map((page) => [withSlash(page.url), { ...page, anchors: new Set(page.anchors) }]));
  return [...byUrl.values()].flatMap(({ page, url, links }) =>
    links.flatMap(({ line, href }) => {
      if (/^[a-z][a-z+.-]*:|^\/\//i.test(href)) return [];
      const [path = '', hash] = href.split('#') as [string, string | undefined];
      const target = path === '' ? withSlash(url) : withSlash(new URL(path, `https://site${withSlash(url)}`).pathname);
      const found = byUrl.get(target);
      if (!found) {
        const file = decodeURI(target.replace(/\/$/, ''));
        if (extraRoutes.includes(file) || existsSync(join(publicDir, file))) return [];
        return [new LocatedError(page, line, `the link ${href} leads to no page (a page is served at /<its path under ${pagesFolder}>/)`)];
      }
      if (hash === undefined || hash === '' || found.anchors.has(decodeURIComponent(hash))) return [];
      const guess = closest(decodeURIComponent(hash), found.anchors);
      return [new LocatedError(page, line, `the link ${href}: ${target} has no heading or id "${hash}"${guess ? ` (did you mean #${guess}?)` : ''}`)];
    }),
  );
}
