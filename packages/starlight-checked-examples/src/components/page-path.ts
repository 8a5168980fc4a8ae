/**
 * The source file of the page a component renders on, for error messages; its URL where there is no Starlight
 * route: `locals.starlightRoute` throws outside a Starlight page (llms-full.txt renders each page's content alone).
 */
export function pagePath(astro: { locals: App.Locals; url: URL }): string {
  try {
    return astro.locals.starlightRoute.entry.filePath;
  } catch {
    return astro.url.pathname;
  }
}
