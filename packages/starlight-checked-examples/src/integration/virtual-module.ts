/**
 * The Vite plugin that hands the checked examples to pages as `virtual:checked-examples`.
 *
 * The module does not embed the results: it awaits them when a page first renders, through a function the
 * integration leaves on `globalThis` (Astro renders pages in the process that runs the integration). So Vite can
 * bundle every page while the examples are still running; what rendering waits for is the integration's choice.
 */
import type { Manifest } from '../engine/manifest.ts';

export const MODULE_ID = 'virtual:checked-examples';
export const RESOLVED_ID = '\0' + MODULE_ID;
const HANDOFF = 'weakref-handbook:checked-examples';

export interface VirtualModulePlugin {
  name: string;
  resolveId(id: string): string | undefined;
  load(id: string): string | undefined;
}

const global = globalThis as Record<symbol, unknown>;

/**
 * `current` resolves to what pages show (index.ts: the check's results, or in a build what it must confirm). It
 * stays on `globalThis` until `withdrawVirtualModule(current)`, once no page renders any more.
 */
export function virtualModule(current: () => Promise<Manifest>): VirtualModulePlugin {
  global[Symbol.for(HANDOFF)] = current;
  return {
    name: 'checked-examples',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? `export default await globalThis[Symbol.for(${JSON.stringify(HANDOFF)})]();` : undefined),
  };
}

/** Takes `current` off `globalThis` (unless a later build or server has put its own there meanwhile). */
export function withdrawVirtualModule(current: () => Promise<Manifest>): void {
  if (global[Symbol.for(HANDOFF)] === current) delete global[Symbol.for(HANDOFF)];
}
