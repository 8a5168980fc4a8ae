/**
 * "On this page" for the reference pages. Starlight builds the list from the Markdown headings, so the entries'
 * headings (rendered by ApiEntry.astro) were missing: each entry is added here under the group heading it
 * follows in the page's source.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { API } from './api.ts';

export type TocItem = NonNullable<StarlightRouteData['toc']>['items'][number];

/** Adds an item per `<ApiEntry id="…">` under the `## group` item before it; the page's own items stay. */
export function withApiEntries(items: TocItem[], source: string): TocItem[] {
  let group: TocItem | undefined;
  for (const line of source.split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) group = items.find((item) => item.depth === 2 && item.text === heading[1]!.trim());
    const use = /<ApiEntry language="(\w+)" id="([^"]+)"/.exec(line);
    if (!use) continue;
    const entry = API.find((e) => e.language === use[1] && e.id === use[2]);
    if (!entry) throw new Error(`<ApiEntry id="${use[2]}">: no such entry in src/reference/api.ts`);
    if (!group) throw new Error(`<ApiEntry id="${use[2]}"> comes before any ## heading: "On this page" has no place for it`);
    // Under its constructor's group a JavaScript method needs no `WeakMap.prototype.` (long names wrapped mid-word).
    group.children.push({ depth: 3, slug: entry.id, text: entry.name.replace(/^\w+\.prototype\./, ''), children: [] });
  }
  return items;
}
