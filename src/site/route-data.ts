/**
 * Starlight route middleware: the hero's action links come from the frontmatter and Starlight renders them as
 * written, so they get the site's base here (see base-links.ts for links in the page body).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { heroLinksWithBase } from './base-links.ts';

export const onRequest = defineRouteMiddleware((context) => {
  heroLinksWithBase(context.locals.starlightRoute.entry.data as Record<string, unknown>, import.meta.env.BASE_URL);
});
