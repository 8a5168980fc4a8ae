/** Keeping the terminal for the author: no warnings about Astro's own internals, no processes left behind. */

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
