import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Astro's command-line entry, wherever npm put Astro (the package has no node_modules of its own in a workspace). */
export const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
