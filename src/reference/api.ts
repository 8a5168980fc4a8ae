/**
 * Every public name the reference pages document: one anchored entry each. The reference pages render these
 * (src/components/ApiEntry.astro), and the prose's inline code names link to them (src/markdown/api-links.ts).
 * Text fields may use `backticks` for code. Facts here come from the CPython documentation (docs.python.org/3/library/weakref.html)
 * and ECMA-262; where a program can show one, the entry's examples do.
 */
import type { ApiEntry } from './api-types.ts';
import { JS_API } from './js-api.ts';
import { PYTHON_API } from './python-api.ts';

export type { ApiEntry, ApiLanguage } from './api-types.ts';


export const API: ApiEntry[] = [...PYTHON_API, ...JS_API];

/** The URL of an entry: `/reference/python/#WeakSet`. */
export function entryHref(entry: ApiEntry): string {
  return `/reference/${entry.language === 'python' ? 'python' : 'javascript'}/#${entry.id}`;
}
