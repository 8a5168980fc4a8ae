/**
 * One search record per reference entry, so that searching for an API name lands on the entry's anchor
 * (`/reference/python/#WeakValueDictionary`), not on the top of a long page. The reference pages leave their
 * entries out of the page's own record (ApiEntry.astro marks them data-pagefind-ignore), so nothing is found twice.
 */
import { entryHref, type ApiEntry } from '../reference/api.ts';

const LANGUAGE = { python: 'Python', js: 'JavaScript' } as const;

export interface SearchRecord {
  url: string;
  html: string;
}

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
/** The data's `backticks` mark code; in a search excerpt they would be literal characters. */
const plain = (text: string) => escape(text.replaceAll('`', ''));

/** The result's title, as the search dialog shows it: "WeakValueDictionary (Python class)". */
export function recordTitle(entry: ApiEntry): string {
  return `${entry.name} (${LANGUAGE[entry.language]} ${entry.kind})`;
}

export function apiRecord(entry: ApiEntry): SearchRecord {
  // data-pagefind-body: the site's pages mark their content so, and Pagefind then skips pages without it.
  // Every field is its own block, so an excerpt never runs two fields together.
  const fields = [
    entry.summary,
    ...(entry.params ?? []).map(([name, text]) => `${name}: ${text}`),
    ...(entry.returns ? [`Returns ${entry.returns}`] : []),
    ...(entry.raises ?? []).map((text) => `${entry.language === 'python' ? 'Raises' : 'Throws'} ${text}`),
    ...entry.versions,
  ];
  // A member's full name contains its owner's (`finalize.alive`, `FinalizationRegistry.prototype.register`):
  // only its own short name (`alive`) is weighted most, so `finalize` finds the class first and `alive` the
  // attribute.
  const member = entry.kind === 'method' || entry.kind === 'attribute';
  const shortName = member ? entry.name.slice(entry.name.lastIndexOf('.') + 1) : entry.name;
  const html = [
    `<html lang="en"><head><title>${escape(recordTitle(entry))}</title></head><body data-pagefind-body>`,
    // The title is metadata only: indexed, its owner's name would rank a member above its owner.
    `<span data-pagefind-meta="title:${escape(recordTitle(entry))}"></span>`,
    `<h1 data-pagefind-weight="10">${escape(shortName)}</h1>`,
    `<p data-pagefind-weight="5">${escape(entry.signature)}</p>`,
    // The prose counts less than any name, so `finalize` is not outranked by a short entry saying "finalizer".
    ...fields.map((text) => `<p data-pagefind-weight="0.5">${plain(text)}</p>`),
    '</body></html>',
  ].join('\n');
  return { url: entryHref(entry), html };
}
