/** The site's main sections: the header links to them and the sidebar groups pages by them. */
export interface Section {
  label: string;
  href: string;
  /** URL prefixes of the pages that belong to the section (marks the header link as current). */
  prefixes: string[];
}

export const SECTIONS: Section[] = [
  { label: 'Learn', href: '/start/what-is-a-weak-reference/', prefixes: ['/start/'] },
  { label: 'Python', href: '/python/ref/', prefixes: ['/python/'] },
  { label: 'Recipes', href: '/recipes/', prefixes: ['/recipes/'] },
  { label: 'JavaScript', href: '/js/weakref/', prefixes: ['/js/'] },
  { label: 'Pitfalls', href: '/pitfalls/common-mistakes/', prefixes: ['/pitfalls/'] },
  // Both references, one click each from every page.
  { label: 'Python reference', href: '/reference/python/', prefixes: ['/reference/python/'] },
  { label: 'JS reference', href: '/reference/javascript/', prefixes: ['/reference/javascript/'] },
];
