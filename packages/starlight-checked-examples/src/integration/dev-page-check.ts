/**
 * Dev-server middleware: a page that names a missing example or region, or carries inline code, is answered
 * with the problems (page path, line, the regions that do exist) before Astro renders it. Rendering would
 * fail halfway through the streamed page instead: an empty HTTP 200 and an error without a line.
 *
 * Astro loads middleware through Vite, apart from the integration's own modules, so the integration hands
 * over its check through a global function (see index.ts).
 */
import type { MiddlewareHandler } from 'astro';

export const PAGE_CHECK = Symbol.for('checked-examples.page-check');
/** What Astro logs bare of the error this middleware threw last, until it has logged it (see quiet.ts). */
export const PAGE_ERROR = Symbol.for('checked-examples.page-error');

/** Problems of the page served at a URL path, each with the page's absolute path and line, and `page:line`. */
export type PageCheck = (pathname: string) => Promise<{ message: string; absPath: string; line: number; place: string }[]>;

/** What the overlay and the terminal say to do about a page's problems. */
export const PAGE_HINT = 'Fix the page, or the example it names, then reload.';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const check = (globalThis as { [PAGE_CHECK]?: PageCheck })[PAGE_CHECK];
  const problems = (await check?.(context.url.pathname)) ?? [];
  const first = problems[0];
  if (!first) return next();
  const error = new Error(problems.map((problem) => problem.message).join('\n'));
  // Astro's overlay shows `loc` as the error's place and a code frame of that line, and `stack` in its "Stack
  // Trace" panel: there, every problem's place, as the overlay of a failed example lists them (quiet.ts keeps
  // them out of the terminal, where the message already says them).
  Object.assign(error, {
    name: 'Example check failed',
    loc: { file: first.absPath, line: first.line, column: 1 },
    hint: PAGE_HINT,
    stack: problems.map((problem) => problem.place).join('\n'),
  });
  // Astro first logs the bare error, its stack or else its message: that line is dropped (quiet.ts).
  (globalThis as { [PAGE_ERROR]?: string })[PAGE_ERROR] = error.stack || error.message;
  throw error;
};
