/** The Vite plugin that hands the checked examples to pages as `virtual:checked-examples`. */
import type { Manifest } from '../examples/manifest.ts';

export const MODULE_ID = 'virtual:checked-examples';
export const RESOLVED_ID = '\0' + MODULE_ID;

export interface VirtualModulePlugin {
  name: string;
  resolveId(id: string): string | undefined;
  load(id: string): Promise<string | undefined>;
}

/** `current` resolves once the examples have been checked. */
export function virtualModule(current: () => Promise<Manifest>): VirtualModulePlugin {
  return {
    name: 'checked-examples',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: async (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(await current())};` : undefined),
  };
}

