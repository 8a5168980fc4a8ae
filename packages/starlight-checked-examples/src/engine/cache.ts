/**
 * Results of passing runs, stored by a key made of everything that can change the outcome: the example's
 * source, its expected outputs, its time limit, the runtime's exact version and the engine's own source.
 * Failures are never cached, so a flaky failure is retried on the next check.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CachedRun {
  stdout: string;
}

const ENGINE_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * A hash of every file of the engine (`dir` and its subfolders, `runtimes/` included), so any change to it
 * invalidates all cached results. `dir` is the engine's own folder; tests point it at a copy.
 */
export function engineVersion(dir = ENGINE_DIR): string {
  const hash = createHash('sha256');
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  visit(dir);
  return hash.digest('hex').slice(0, 16);
}

export function cacheKey(parts: (string | number | null)[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export class ResultCache {
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  get(key: string): CachedRun | undefined {
    try {
      return JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as CachedRun;
    } catch {
      return undefined;
    }
  }

  set(key: string, run: CachedRun): void {
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, `${key}.json`);
    // Write then rename, so a reader never sees half a file.
    writeFileSync(`${path}.${process.pid}.tmp`, JSON.stringify(run));
    renameSync(`${path}.${process.pid}.tmp`, path);
  }
}
