/** The shape of one reference entry; the data is in python-api.ts and js-api.ts. */
export type ApiLanguage = 'python' | 'js';

export interface ApiEntry {
  /** The anchor on its reference page: `/reference/python/#WeakValueDictionary`. */
  id: string;
  /** The heading. */
  name: string;
  language: ApiLanguage;
  kind: 'function' | 'class' | 'method' | 'attribute' | 'type' | 'exception' | 'constructor';
  signature: string;
  summary: string;
  params?: [name: string, description: string][];
  returns?: string;
  /** Exceptions (Python) or errors thrown (JavaScript), with when. */
  raises?: string[];
  /** "Added in 3.4", "Changed in 3.9: …". */
  versions: string[];
  /** Source text that marks an example as using this name. */
  usedBy: RegExp | RegExp[];
  /**
   * The checked example shown inside the entry: a path under examples/, whose `main` region is shown. Chosen by
   * hand, since a program can use a name without being about it; the build checks that the region itself uses the
   * name (`usedBy`), is short and is no mistake (uses.ts). Without one, the entry only links its examples.
   */
  example?: string;
  /** The guide pages that explain it. */
  guides: [label: string, href: string][];
  /** JavaScript: the ECMA-262 section. */
  spec?: [label: string, href: string];
  /** JavaScript: the first versions that shipped it. */
  support?: string;
}
