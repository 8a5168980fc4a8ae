/**
 * One search record per reference entry, so that searching for an API name lands on the entry's anchor
 * (`/reference/python/#WeakValueDictionary`), not on the top of a long page. The reference pages leave their
 * entries out of the page's own record (ApiEntry.astro marks them data-pagefind-ignore), so nothing is found twice.
 */
import { API, entryHref, type ApiEntry } from '../reference/api.ts';

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

/**
 * The names a reader types for an entry, beyond the short name of its heading: its full name, the module-qualified
 * one for Python (`weakref.finalize.detach`) and, for a JavaScript method, the name without `prototype`
 * (`WeakMap.get`). Pagefind drops the dots of a query (`weakreffinalizedetach`), so each must be in the record as
 * written.
 */
export function searchNames(entry: ApiEntry): string[] {
  const qualified = entry.language === 'python' ? `weakref.${entry.name}` : entry.name.replace('.prototype.', '.');
  return [...new Set([entry.name, qualified])];
}

/**
 * How the search dialog weighs a record's metadata (astro.config.mjs passes it for this index). A record ranks
 * by its names alone: `names` (the short one and searchNames) boosts an entry whose name is searched, whichever
 * form is typed, as much as Pagefind's default boosts a title; a guide titled with the name (`weakref.proxy`)
 * gets that boost in the site's index, so without it the guide came first. The title boosts nothing here: it
 * names the language and kind ("Python class") and a member's owner, so "python" or "method" would rank entries
 * above the guides about them.
 */
export const RECORD_META_WEIGHTS = { title: 0, names: 5 };

/**
 * Pagefind stems a plural to its singular, so a search cannot tell `ProxyTypes` from `ProxyType`: both queries
 * find both entries equally. The plural's names weigh a little less, so that the singular comes first and the
 * plural second, for either query.
 */
const pluralOfAnother = (entry: ApiEntry, all: ApiEntry[]) => all.some((other) => entry.name === `${other.name}s` && other.language === entry.language);

export function apiRecord(entry: ApiEntry, all: ApiEntry[] = API): SearchRecord {
  // data-pagefind-body: the site's pages mark their content so, and Pagefind then skips pages without it.
  // Every field is its own block, so an excerpt never runs two fields together.
  const fields = [
    entry.signature,
    entry.summary,
    ...(entry.params ?? []).map(([name, text]) => `${name}: ${text}`),
    ...(entry.returns ? [`Returns ${entry.returns}`] : []),
    ...(entry.raises ?? []).map((text) => `${entry.language === 'python' ? 'Raises' : 'Throws'} ${text}`),
    ...entry.versions,
  ];
  // A member's full name contains its owner's (`finalize.alive`, `FinalizationRegistry.prototype.register`):
  // the heading is its own short name (`alive`), weighted most, so `finalize` finds the class first (Pagefind
  // weighs each part of `finalize.alive` as a fraction of the whole) and `alive` the attribute.
  const member = entry.kind === 'method' || entry.kind === 'attribute';
  const shortName = member ? entry.name.slice(entry.name.lastIndexOf('.') + 1) : entry.name;
  const names = [...new Set([shortName, ...searchNames(entry)])];
  const scale = pluralOfAnother(entry, all) ? 0.9 : 1;
  const html = [
    `<html lang="en"><head><title>${escape(recordTitle(entry))}</title></head><body data-pagefind-body>`,
    `<span data-pagefind-meta="title:${escape(recordTitle(entry))}"></span>`,
    // Search.astro hides this field in the results; the excerpt already shows the names.
    `<span data-pagefind-meta="names:${names.map(escape).join(' ')}"></span>`,
    `<h1 data-pagefind-weight="${10 * scale}">${escape(shortName)}</h1>`,
    // The other names as words of their own, so that `weakref.finalize` ranks `finalize` above `finalize.alive`,
    // whose `weakref.finalize.alive` only begins with it; weighted little, as their parts (the owner's name, or
    // `weakref` in every Python name) count too.
    ...(names.length > 1 ? [`<p data-pagefind-weight="${3 * scale}">${names.slice(1).map(escape).join(' ')}</p>`] : []),
    // The rest is found but scores nothing: a record that only its text matches ranks below every page that
    // uses the words, so a topic finds the guides about it first.
    ...fields.map((text) => `<p data-pagefind-weight="0">${plain(text)}</p>`),
    '</body></html>',
  ].join('\n');
  return { url: entryHref(entry), html };
}
