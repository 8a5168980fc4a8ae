/** Starlight route middleware: the reference pages' "On this page" lists every entry (toc.ts). */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withApiEntries } from './toc.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const { entry, toc } = context.locals.starlightRoute;
  if (toc && entry.id.startsWith('reference/') && entry.body) withApiEntries(toc.items, entry.body);
});
