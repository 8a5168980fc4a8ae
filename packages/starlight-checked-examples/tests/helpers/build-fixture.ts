/**
 * Builds a fixture site with Astro's own `build()`, in this process, the way Starlight plugins test themselves: the
 * fixture is copied to a throw-away folder beside it (so packages resolve as they do for the fixture), `change`
 * may edit the copy, and what Astro printed is captured.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const made: string[] = [];
afterAll(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture `name`, removed after the test file. */
export function copyFixture(name: string): string {
  const root = mkdtempSync(join(FIXTURES, `.tmp-${name}-`));
  made.push(root);
  cpSync(join(FIXTURES, name), root, { recursive: true });
  return root;
}

// Vitest sets Vite's variables (NODE_ENV=test, BASE_URL=/, ...); Astro would read them and build a development site.
const VITEST_VARIABLES = ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export interface BuildResult {
  status: 'success' | 'error';
  /** Everything Astro printed (its logger writes to stdout and stderr). */
  output: string;
  error?: Error;
}

export async function buildSite(root: string): Promise<BuildResult> {
  const { build } = await import('astro');
  const saved = Object.fromEntries(VITEST_VARIABLES.map((name) => [name, process.env[name]]));
  VITEST_VARIABLES.forEach((name) => delete process.env[name]);
  const chunks: string[] = [];
  const capture = (stream: NodeJS.WriteStream) => {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array) => chunks.push(String(chunk)) > 0) as typeof stream.write;
    return () => void (stream.write = write);
  };
  const restore = [capture(process.stdout), capture(process.stderr)];
  try {
    await build({ root, logLevel: 'info' });
    return { status: 'success', output: chunks.join('') };
  } catch (error) {
    return { status: 'error', output: chunks.join(''), error: error as Error };
  } finally {
    restore.forEach((undo) => undo());
    for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
  }
}
