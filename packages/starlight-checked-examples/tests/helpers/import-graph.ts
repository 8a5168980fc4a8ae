import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s*'([^']+)'|^\s*import\s*'([^']+)'/gm;

/**
 * The modules reachable from `entries` through relative TypeScript imports (type-only ones too), by absolute path,
 * and every import they make, as the importing file and the specifier it imports.
 */
export function importGraph(entries: string[]): { modules: string[]; imports: { file: string; specifier: string }[] } {
  const imports: { file: string; specifier: string }[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2]!;
      imports.push({ file, specifier });
      if (specifier.startsWith('.') && specifier.endsWith('.ts')) visit(resolve(dirname(file), specifier));
    }
  };
  entries.forEach(visit);
  return { modules: [...seen], imports };
}
