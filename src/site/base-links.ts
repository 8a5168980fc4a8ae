/**
 * Pages link to each other by root paths (`/python/ref/`), which are wrong when the site is served under a
 * sub-path (GitHub Pages: `/<repo>/python/ref/`). Astro and Starlight prefix `base` only on the links they make,
 * so this Markdown (hast) plugin prefixes it on authored links too: `<a href>` in Markdown and the `href` of
 * Starlight's `<LinkCard>` and `<LinkButton>`, and the hero's action links in the frontmatter (which the
 * validator reads from here; `route-data.ts` prefixes the ones the page renders). It runs before the links
 * validator, which then checks real URLs.
 */
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

const LINK_COMPONENTS = new Set(['LinkCard', 'LinkButton']);

/** `/python/ref/#x` → `/sub/python/ref/#x`; anything else (external, relative, `#x`, already based) unchanged. */
export function withBase(href: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (prefix === '/' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(prefix)) return href;
  return prefix + href.slice(1);
}

/** Prefixes `base` on `hero.actions[].link` of a page's frontmatter, in place. */
export function heroLinksWithBase(frontmatter: Record<string, unknown> | undefined, base: string): void {
  const hero = frontmatter?.['hero'] as { actions?: { link?: unknown }[] } | undefined;
  for (const action of hero?.actions ?? []) {
    if (typeof action.link === 'string') action.link = withBase(action.link, base);
  }
}

export function baseLinks(base: string): HastPluginDefinition {
  return defineHastPlugin({
    name: 'base-links',
    before(_root, ctx) {
      heroLinksWithBase(ctx.data.astro?.frontmatter, base);
    },
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        if (typeof href === 'string' && withBase(href, base) !== href) ctx.setProperty(node, 'href', withBase(href, base));
      },
    },
    mdxJsxFlowElement: {
      filter: [],
      visit(node, ctx) {
        if (!node.name || !LINK_COMPONENTS.has(node.name)) return;
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'href' || typeof attribute.value !== 'string') continue;
          if (withBase(attribute.value, base) !== attribute.value) ctx.setProperty(node, 'href', withBase(attribute.value, base));
        }
      },
    },
  });
}
