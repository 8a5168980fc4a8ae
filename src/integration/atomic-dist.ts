/**
 * Builds into a staging folder beside the output folder and swaps it in only when the whole build succeeded, so
 * any failed build (an example, a broken page, a render error, a Vite error) leaves the previous `dist/` exactly
 * as it was. Register it last: its `astro:build:done` must run after every other integration has written
 * (Pagefind's index, the sitemap).
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function atomicDist(): AstroIntegration {
  let final = '';
  let staging = '';
  const discard = () => rmSync(staging, { recursive: true, force: true });

  return {
    name: 'atomic-dist',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        final = fileURLToPath(config.outDir).replace(/\/$/, '');
        const parent = dirname(final);
        const prefix = `.${basename(final)}.staging-`;
        // Leftovers of builds that were killed before they could clean up.
        for (const name of existsSync(parent) ? readdirSync(parent) : []) {
          if (name.startsWith(prefix)) rmSync(join(parent, name), { recursive: true, force: true });
        }
        staging = join(parent, `${prefix}${process.pid}`);
        updateConfig({ outDir: pathToFileURL(staging + '/') });
        // A failed build exits without reaching astro:build:done: its half-written staging folder goes.
        process.once('exit', discard);
      },

      'astro:build:done': () => {
        const previous = `${staging}.previous`;
        if (existsSync(final)) renameSync(final, previous);
        renameSync(staging, final);
        process.off('exit', discard);
        rmSync(previous, { recursive: true, force: true });
      },
    },
  };
}
