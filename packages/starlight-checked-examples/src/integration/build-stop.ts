/**
 * Build middleware: once the example check has reported a failure, the next page to render throws, and Astro
 * ends the build through its own error path (exit 1; dist/ untouched, atomic-dist.ts) instead of rendering every
 * remaining page first and failing only in its last hook. Never process.exit: Astro may run in someone else's
 * process (a programmatic `build()`), which must get a rejected promise, not an ended process.
 *
 * Astro loads middleware through Vite, apart from the integration's own modules, so the integration hands over
 * the failure through `globalThis` (see index.ts).
 */
import type { MiddlewareHandler } from 'astro';

/** The message the build stops with, once the check has failed (set by index.ts, and taken off by it). */
export const BUILD_FAILED = Symbol.for('checked-examples.build-failed');
/**
 * Reports a page's render error as a page mistake (render-errors.ts) and returns true, or returns false for an
 * error it does not know (set by index.ts).
 */
export const RENDER_ERROR = Symbol.for('checked-examples.render-error');
type Handoffs = { [BUILD_FAILED]?: string; [RENDER_ERROR]?: (pathname: string, error: Error) => boolean };

export const onRequest: MiddlewareHandler = async (context, next) => {
  const global = globalThis as Handoffs;
  // No stack: the report above says where the problems are; a trace into this file would only mislead.
  if (global[BUILD_FAILED]) throw Object.assign(new Error(global[BUILD_FAILED]), { stack: '' });
  try {
    return await next();
  } catch (error) {
    if (!(error instanceof Error) || !global[RENDER_ERROR]?.(context.url.pathname, error)) throw error;
    throw Object.assign(new Error('The build stopped at the problem above.'), { stack: '' });
  }
};

/**
 * The same stop while Vite bundles the pages (tens of seconds on the real site, before any page renders): the
 * next module Vite transforms after the failure ends the bundling. Only once `bundling()` says so: Astro's
 * content sync transforms modules too, before astro:build:start, and reports an error there as a broken
 * content config.
 */
export function stopBundling(bundling: () => boolean) {
  return {
    name: 'checked-examples:stop',
    transform() {
      const failed = (globalThis as { [BUILD_FAILED]?: string })[BUILD_FAILED];
      if (failed && bundling()) throw Object.assign(new Error(failed), { stack: '' });
    },
  };
}
