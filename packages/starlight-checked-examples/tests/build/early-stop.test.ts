/**
 * A build whose example check fails while pages are still rendering stops at the next page, through Astro's own
 * error path (build-stop.ts): exit 1, the check's report once, no stack trace, no page after it, and dist/ as it
 * was. Before, every page rendered first (on the real site /llms-full.txt and /llms-small.txt, minutes on a busy
 * machine) and the build failed only in astro:build:done: this test saw all four pages rendered.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, it } from 'vitest';
import { ASTRO_BIN as astro } from '../helpers/astro.ts';

const site = join(import.meta.dirname, '..', 'fixtures', 'late-failure-site');

it('stops at the next page once the check has reported, with the report once and no trace', async () => {
  const release = join(mkdtempSync(join(tmpdir(), 'late-failure-')), 'release');
  rmSync(join(site, 'dist'), { recursive: true, force: true });
  const child = spawn(process.execPath, [astro, 'build', '--root', site], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', RELEASE_FILE: release },
  });
  let output = '';
  const take = (chunk: Buffer) => {
    output += stripVTControlCharacters(String(chunk));
    // The pages rendering now finish once the check has reported.
    if (output.includes('Example check failed') && !existsSync(release)) writeFileSync(release, '');
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));

  expect(status, output).toBe(1);
  expect(output.match(/✗ examples\/python\/wrong\.out:1 \[[^\]]*\]: output of examples\/python\/wrong\.py differs/g), output).toHaveLength(1);
  expect(output.match(/The build stopped at the problem above\./g), output).toHaveLength(1);
  // At most the page that was rendering when the report came; never all four.
  const rendered = output.match(/\/\d\/index\.html/g) ?? [];
  expect(rendered.length, output).toBeLessThan(4);
  expect(output).not.toContain('An unhandled error occurred');
  expect(output).not.toContain('Stack trace');
  expect(output).not.toMatch(/^\s+at /m);
  expect(existsSync(join(site, 'dist'))).toBe(false);
  expect(readdirSync(site).filter((name) => name.includes('staging'))).toEqual([]);
}, 300_000);
