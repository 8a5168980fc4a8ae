/** Keeping the terminal for the author: no warnings about Astro's own internals, no processes left behind. */
import { BUILD_FAILED } from './build-stop.ts';
import { PAGE_ERROR, PAGE_HINT } from './dev-page-check.ts';

interface BundlerWarning {
  code?: string;
  message: string;
}

/**
 * Vite config that drops the bundler's MODULE_LEVEL_DIRECTIVE warning for the `"use astro:head-inject"` marker
 * Astro writes into every compiled MDX page (one warning per page, about Astro's code, nothing to fix here).
 */
export const quietWarnings = {
  build: {
    rolldownOptions: {
      onwarn(warning: BundlerWarning, warn: (warning: BundlerWarning) => void) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
        warn(warning);
      },
    },
  },
};

/**
 * `npm run dev` runs astro under a shell. Stopping npm ends the shell but not astro, which would keep the port
 * and its Python fork servers: when this process is orphaned, it releases its runtimes and exits.
 */
export function exitWithParent(release: () => Promise<unknown>): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    const deadline = new Promise((resolve) => setTimeout(resolve, 3000));
    void Promise.race([release(), deadline]).finally(() => process.exit(0));
  }, 500);
  timer.unref();
}

/**
 * Astro log lines that tell an author nothing to do, each with the reason it is safe to drop:
 * - Starlight renders src/content/docs/404.mdx as the 404 page through its own `/404` route; its docs route
 *   `/[...slug]` lists that entry too, and Astro warns that it keeps `/404`, the route that is wanted.
 * - A page that stops a failed build (build-stop.ts) is logged twice ("Caught error rendering /x") before Astro
 *   prints the error itself, once, under the check's report; stopped while bundling, it is headed "✗ Build failed".
 * - The dev server logs a page's error twice per request: first bare (its stack, else its message), then with the
 *   hint. The bare one goes for the errors of the page check (dev-page-check.ts).
 * - Rolldown's timing note (`[PLUGIN_TIMINGS] JavaScript callbacks ran for 526ms of this 29.4s build`, naming
 *   Vite's own plugins) comes and goes with the machine's load; `npm run bench` is where speed is measured. (Its
 *   `checks.bundlerTimings` option did not reach the build that prints it.)
 */
const NOISE: ((event: LogEvent) => boolean)[] = [
  ({ message }) => /^Could not render `\/404` from route `\/\[\.\.\.slug\]` as it conflicts with higher priority route `\/404`/.test(message),
  ({ message }) => /^(Caught error rendering \S+: Error: )?The build stopped at (the|\d+) /.test(message),
  ({ label, message }) => label === 'vite' && message.startsWith('✗ Build failed') && BUILD_FAILED in globalThis,
  ({ label, message }) => label === 'vite' && message.includes('[PLUGIN_TIMINGS]'),
  ({ label, message }) => {
    const handOff = globalThis as { [PAGE_ERROR]?: string };
    if (label !== null || message !== handOff[PAGE_ERROR]) return false;
    delete handOff[PAGE_ERROR];
    return true;
  },
];

/**
 * The dev server prints an error's stack under its message. A page check's error (dev-page-check.ts) carries the
 * places of its problems as its stack, for the overlay's "Stack Trace" panel; in the terminal its message already
 * names them, and Astro would add "at <page>:<line>" and "See full stack trace in the browser", so that part goes.
 */
function withoutPageErrorStack(event: LogEvent): LogEvent {
  if (!event.message.includes(PAGE_HINT)) return event;
  return { ...event, message: event.message.replace(/\n[^\n]*Stack trace:[\s\S]*$/, '') };
}

interface LogEvent {
  label: string | null;
  message: string;
}
interface LogDestination {
  write(event: LogEvent): boolean;
}
const FILTERED = Symbol.for('checked-examples.quiet-log');

/** Drops the NOISE lines from everything Astro and its integrations log (the logger's shared destination). */
export function dropNoise(logger: object): void {
  const destination = (logger as { options?: { destination?: LogDestination & { [FILTERED]?: true } } }).options?.destination;
  // A dev server that restarts sets its integrations up again on the same destination.
  if (!destination || destination[FILTERED]) return;
  const write = destination.write.bind(destination);
  destination.write = (event) => NOISE.some((noise) => noise(event)) || write(withoutPageErrorStack(event));
  destination[FILTERED] = true;
}
