/**
 * `astro dev`: editing an example re-checks only that example, the page shows the new verified output, and a
 * failure is reported in the terminal (and sent to the browser overlay).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
// Inside the repository, so the copy resolves astro from the project's node_modules.
const site = mkdtempSync(join(fixtures, '.tmp-dev-'));
cpSync(join(fixtures, 'dev-site'), site, { recursive: true });
let dev: ChildProcess | undefined;
let log = '';

afterAll(() => {
  dev?.kill();
  rmSync(site, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** The environment without vitest's own variables (NODE_ENV=test, VITEST…), which change how Vite serves. */
function devEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}; log:\n${log}`);
}

it('re-checks an edited example alone and shows the result', async () => {
  const port = await freePort();
  const astro = join(import.meta.dirname, '..', '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
  dev = spawn(process.execPath, [astro, 'dev', '--root', site, '--port', String(port), '--host', '127.0.0.1'], {
    env: devEnv(),
  });
  dev.stdout!.on('data', (chunk) => (log += chunk));
  dev.stderr!.on('data', (chunk) => (log += chunk));
  dev.on('exit', (code) => (log += `[exited ${code}]`));
  dev.on('error', (e) => (log += String(e)));
  const page = async () => (await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined))?.text() ?? '';
  await until(async () => (await page()).includes('python/hello.py: hello'), 'the first page');

  const examples = join(site, 'examples', 'python');
  let mark = log.length;
  writeFileSync(join(examples, 'hello.py'), 'print("changed")\n');
  await until(() => log.includes('Example check failed', mark), 'the failure');
  expect(log.slice(mark)).toContain('examples/python/hello.out:1');
  expect(log.slice(mark)).not.toContain('other.py');

  mark = log.length;
  writeFileSync(join(examples, 'hello.out'), 'changed\n');
  await until(() => /examples\/python\/hello\.out: .*1 passed/.test(log.slice(mark)), 'the re-check');
  expect(log.slice(mark)).not.toContain('other.py');
  await until(async () => (await page()).includes('python/hello.py: changed'), 'the new output on the page');
});
