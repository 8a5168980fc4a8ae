/**
 * starlight-links-validator, configured as on the real site (with base-links.ts), fails a build whose page links
 * to a missing heading, naming the page, the line and the link. The site is built under a sub-path: its other
 * links are valid only because base-links.ts gave them the base, so they also prove that plugin runs first.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, it } from 'vitest';

const site = join(import.meta.dirname, '..', 'fixtures', 'links-site');
const astro = join(import.meta.dirname, '..', '..', 'node_modules', 'astro', 'bin', 'astro.mjs');

function build(base: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'links-site-'));
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['NODE_ENV', 'BASE_URL'].includes(name)));
  const result = spawnSync(process.execPath, [astro, 'build', '--root', site, '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...env, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  rmSync(outDir, { recursive: true, force: true });
  return { status: result.status, output: stripVTControlCharacters(result.stdout + result.stderr) };
}

it('fails on a link to a missing heading, naming page, line and link', () => {
  const { status, output } = build('/handbook/');
  expect(status, output).not.toBe(0);
  expect(output).toMatch(/╭─ broken\.mdx\n\s*·\n\s*7 \| \/handbook\/guide\/#missing-section\n\s*·\s*╰── invalid hash/);
  expect(output).toContain('Found 1 invalid link in 1 file.');
  expect(output).not.toContain('#real-section');
});
