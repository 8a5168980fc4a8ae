/**
 * The Vite plugins that hand the checked examples to pages as `virtual:checked-examples`, and the site's options
 * that components need as `virtual:checked-examples/config`.
 *
 * The module does not embed the results: it awaits them when a page first renders, through a function the
 * integration leaves on `globalThis` (Astro renders pages in the process that runs the integration). So Vite can
 * bundle every page while the examples are still running; what rendering waits for is the integration's choice.
 */
import type { Manifest } from '../engine/manifest.ts';
import type { ResolvedOptions } from '../engine/options.ts';

export const MODULE_ID = 'virtual:checked-examples';
export const RESOLVED_ID = '\0' + MODULE_ID;
const HANDOFF = 'starlight-checked-examples:manifest';
const CONFIG_ID = 'virtual:checked-examples/config';

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

/** What components read of the options (the examples folder relative to the project root). */
export interface ComponentConfig extends Pick<ResolvedOptions, 'downloads' | 'sourceUrl' | 'runButton'> {
  examples: string;
}

export function configModule(config: ComponentConfig): VirtualModulePlugin {
  return {
    name: 'checked-examples-config',
    resolveId: (id) => (id === CONFIG_ID ? '\0' + CONFIG_ID : undefined),
    load: (id) => (id === '\0' + CONFIG_ID ? `export default ${JSON.stringify(config)};` : undefined),
  };
}

/** Takes `current` off `globalThis` (unless a later build or server has put its own there meanwhile). */
export function withdrawVirtualModule(current: () => Promise<Manifest>): void {
  if (global[Symbol.for(HANDOFF)] === current) delete global[Symbol.for(HANDOFF)];
}
