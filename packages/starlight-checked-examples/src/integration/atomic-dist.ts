/**
 * Builds into a staging folder beside the output folder and swaps it in only when the whole build succeeded, so
 * any failed build (an example, a broken page, a render error, a Vite error) leaves the previous `dist/` exactly
 * as it was. Register it last: its `astro:build:done` must run after every other integration has written
 * (Pagefind's index, the sitemap).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Whether a process with this pid runs (one that is not ours counts: it cannot be signalled, but it is there). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

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
        // Leftovers of builds that were killed before they could clean up: only those whose process is gone, since
        // another build may be writing into the same folder right now.
        for (const name of existsSync(parent) ? readdirSync(parent) : []) {
          const pid = name.startsWith(prefix) ? Number(name.slice(prefix.length).split('-')[0]) : NaN;
          if (pid && !running(pid)) rmSync(join(parent, name), { recursive: true, force: true });
        }
        // Its own folder (the pid, then a unique suffix: two builds of one process do not share it either).
        mkdirSync(parent, { recursive: true });
        staging = mkdtempSync(join(parent, `${prefix}${process.pid}-`));
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
